using LinshuReports.Content.Model;
using LinshuReports.Web.Reports;

namespace LinshuReports.Web.Tests.Reports;

/// <summary>The line a search engine or a shared link shows under a report's title, when its front matter gives no summary.</summary>
public sealed class ReportDescriptionTests
{
    private const string Title = "临沭县2024年度法治政府建设报告";

    private static Report ReportOpeningWith(params SearchPassage[] passages) =>
        new(new ReportMetadata(Title, 2024, "临沭县人民政府", "通知公告", "linshu-county"), [], [], "2024-linshu-county.md", passages);

    private static SearchPassage Body(string text) => new("p1", [], text, PassageKind.Body);

    /// <summary>Text of the given length with no sentence or clause break in it: "法治" repeated.</summary>
    private static string Plain(int length) => string.Concat(Enumerable.Repeat("法治", length)).Substring(0, length);

    [Theory]
    [InlineData("。")]
    [InlineData("治")]
    public void AParagraphThatFits_IsGivenWhole(string lastCharacter)
    {
        var paragraph = Plain(ReportDescription.MaxLength - 1) + lastCharacter;

        Assert.Equal(paragraph, ReportDescription.Of(ReportOpeningWith(Body(paragraph))));
    }

    [Fact]
    public void TheFirstBodyParagraph_IsUsed_NotTheTitleOrAHeading()
    {
        var report = ReportOpeningWith(
            new SearchPassage(null, [], Title, PassageKind.Title),
            new SearchPassage("h1", ["一、总体情况"], "一、总体情况", PassageKind.Heading),
            Body("第一段。"),
            Body("第二段。"));

        Assert.Equal("第一段。", ReportDescription.Of(report));
    }

    [Fact]
    public void AReportWithNoParagraph_IsDescribedByItsTitle()
    {
        var report = ReportOpeningWith(new SearchPassage("h1", ["一、总体情况"], "一、总体情况", PassageKind.Heading));

        Assert.Equal(Title, ReportDescription.Of(report));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(119)]
    public void ALongParagraph_IsCutAfterItsLastFullSentenceThatFits(int sentenceEnd)
    {
        var paragraph = Plain(sentenceEnd) + "；" + Plain(200);

        var description = ReportDescription.Of(ReportOpeningWith(Body(paragraph)));

        Assert.Equal(paragraph[..(sentenceEnd + 1)], description);
    }

    [Fact]
    public void ASentenceEndingPastTheLimit_IsNotIncluded()
    {
        var paragraph = Plain(70) + "。" + Plain(49) + "！" + Plain(50);

        Assert.Equal(paragraph[..71], ReportDescription.Of(ReportOpeningWith(Body(paragraph))));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(118)]
    public void WithoutAShortEnoughSentence_ItIsCutAtTheLastClauseBreak(int clauseEnd)
    {
        var paragraph = Plain(30) + "。" + Plain(clauseEnd - 31) + "，" + Plain(100);

        var description = ReportDescription.Of(ReportOpeningWith(Body(paragraph)));

        Assert.Equal(paragraph[..clauseEnd] + "…", description);
        Assert.True(description.Length <= ReportDescription.MaxLength);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(119)]
    public void WithoutABreakLateEnough_ItIsCutAtTheLimit(int clauseEnd)
    {
        var paragraph = Plain(clauseEnd) + "、" + Plain(100);

        var description = ReportDescription.Of(ReportOpeningWith(Body(paragraph)));

        Assert.Equal(paragraph[..(ReportDescription.MaxLength - 1)] + "…", description);
        Assert.Equal(ReportDescription.MaxLength, description.Length);
    }
}
