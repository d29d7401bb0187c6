namespace LinshuReports.Content.Links;

/// <summary>What is at an attachment's place in the content folder.</summary>
public enum AttachmentLookup
{
    Missing,
    Found,

    /// <summary>A symbolic link: refused, wherever it points.</summary>
    Linked,

    /// <summary>A named pipe, socket, device or folder: opening it could wait for ever, and it is no document.</summary>
    NotRegular,
}
