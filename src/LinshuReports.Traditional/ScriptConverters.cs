namespace LinshuReports.Traditional;

/// <summary>
/// OpenCC's two conversions, each loaded from its dictionaries once, on first use: a site whose readers never ask for
/// 繁體 never reads STPhrases, and a search in simplified never reads the reverse.
/// </summary>
public sealed class ScriptConverters
{
    private readonly Lazy<ChineseConverter> _toTraditional = new(ChineseConverter.SimplifiedToTraditional);
    private readonly Lazy<ChineseConverter> _toSimplified = new(ChineseConverter.TraditionalToSimplified);

    public ChineseConverter ToTraditional => _toTraditional.Value;

    public ChineseConverter ToSimplified => _toSimplified.Value;
}
