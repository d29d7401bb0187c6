namespace LinshuReports.Content.Loading;

/// <summary>One report file as read from the content folder: its bytes and the stamp they were read under.</summary>
public sealed record ContentFile(string RelativePath, byte[] Bytes, ContentFileStamp Stamp);
