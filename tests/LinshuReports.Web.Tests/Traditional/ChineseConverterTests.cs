using LinshuReports.Traditional;

namespace LinshuReports.Web.Tests.Traditional;

/// <summary>
/// Expected values follow OpenCC 1.4.2's s2t and t2s chains over its dictionaries (头发→頭髮, 发展→發展, 后来→後來, 皇后→皇后 are
/// OpenCC's own examples). OpenCC's binary could not be run here (its prebuilt module needs a newer libstdc++).
/// </summary>
public sealed class ChineseConverterTests
{
    private static readonly ScriptConverters Converters = new();

    [Theory]
    [InlineData("头发", "頭髮")]
    [InlineData("发展", "發展")]
    [InlineData("后来", "後來")]
    [InlineData("皇后", "皇后")]
    [InlineData("头发和发展", "頭髮和發展")]
    [InlineData("临沭县法治政府建设报告", "臨沭縣法治政府建設報告")]
    [InlineData("abc 2024年", "abc 2024年")]
    [InlineData("", "")]
    public void SimplifiedToTraditional_IsOpenCCs(string simplified, string traditional) =>
        Assert.Equal(traditional, Converters.ToTraditional.Convert(simplified));

    [Theory]
    [InlineData("頭髮", "头发")]
    [InlineData("發展", "发展")]
    [InlineData("臨沭縣法治政府建設報告", "临沭县法治政府建设报告")]
    [InlineData("法治政府建设", "法治政府建设")]
    public void TraditionalToSimplified_IsOpenCCs(string traditional, string simplified) =>
        Assert.Equal(simplified, Converters.ToSimplified.Convert(traditional));

    [Fact]
    public void ACharacterOutsideTheBasicPlane_IsKeptWhole() =>
        Assert.Equal("𠀀發展", Converters.ToTraditional.Convert("𠀀发展"));
}
