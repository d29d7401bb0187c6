namespace LinshuReports.Import.Word;

/// <summary>Stops reading a package that cannot be imported; the message is the Chinese refusal the clerk reads.</summary>
public sealed class WordRefusedException(string refusal, Exception? inner = null) : Exception(refusal, inner);
