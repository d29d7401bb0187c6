namespace LinshuReports.Import.Word;

/// <summary>A picture to write into the report's attachment folder under <paramref name="FileName"/>.</summary>
public sealed record WordImage(string FileName, byte[] Bytes);
