namespace LinshuReports.Content.Loading;

/// <summary>What came of opening a content file: only a regular file is ever opened.</summary>
public enum FileOpening
{
    Opened,
    Missing,

    /// <summary>A symbolic link: refused wherever it points.</summary>
    Linked,

    /// <summary>A named pipe, socket, device or folder: opening or reading it could wait for ever.</summary>
    NotRegular,

    /// <summary>Opening or reading took longer than <see cref="RegularFile.TimeLimit"/>, as on a share that stopped answering.</summary>
    TimedOut,

    /// <summary>Larger than the reader allows.</summary>
    TooLarge,

    Unreadable,
}
