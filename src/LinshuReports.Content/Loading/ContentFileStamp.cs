namespace LinshuReports.Content.Loading;

/// <summary>
/// What tells one version of a file from another. A copy still in progress changes at least one of these
/// between two reads, whatever its pace; a finished file keeps all three.
/// </summary>
public readonly record struct ContentFileStamp(long Length, DateTime LastWriteUtc, string Hash);
