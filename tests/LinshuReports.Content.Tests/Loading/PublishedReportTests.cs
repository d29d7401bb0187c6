using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Loading;

/// <summary>The 2024 report in content/ must say exactly what the county published, in its structure.</summary>
public sealed class PublishedReportTests
{
    private static readonly string FilePath = Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md");

    private static Report Load()
    {
        var result = ReportFileParser.Parse(File.ReadAllBytes(FilePath), "2024-linshu-county.md", RepositoryPaths.Content);
        // The county has not given the day it published the report: check asks for it, and nothing invents it.
        Assert.Contains("没有写发布日期", Assert.Single(result.Problems, p => p.Severity != ProblemSeverity.Notice).Message, StringComparison.Ordinal);
        return result.Report!;
    }

    [Fact]
    public void Metadata_MatchesTheSeedAndInventsNoDate()
    {
        var metadata = Load().Metadata;

        Assert.Equal(SeedReport.Title, metadata.Title);
        Assert.Equal(2024, metadata.Year);
        Assert.Equal("通知公告", metadata.Category);
        Assert.Null(metadata.Date);
    }

    [Fact]
    public void RenderedText_IsEverySeedParagraphInOrder()
    {
        using var document = new HtmlParser().ParseDocument(Load().BodyHtml());

        // A (一) heading and the paragraph under it were one paragraph in the seed.
        var rendered = new List<string>();
        foreach (var element in document.Body!.Children)
        {
            if (element.LocalName == "p" && rendered.Count > 0 && rendered[^1].StartsWith('（'))
            {
                rendered[^1] += element.TextContent;
            }
            else
            {
                rendered.Add(element.TextContent);
            }
        }

        // The page sets the seed's half-width , and (一) in Chinese text full-width; nothing else may differ.
        Assert.Equal(SeedReport.BodyParagraphs.Select(SeedReport.WidthFolded), rendered.Select(SeedReport.WidthFolded));
        Assert.DoesNotContain(rendered, p => Regex.IsMatch(p, @"\p{IsCJKUnifiedIdeographs}[,(]|\([一二三四]\)"));
    }

    [Fact]
    public void Check_SaysOnceHowManyMarksThePageTypesetsFullWidth()
    {
        var result = ReportFileParser.Parse(File.ReadAllBytes(FilePath), "2024-linshu-county.md", RepositoryPaths.Content);
        var source = File.ReadAllText(FilePath);
        var body = source[source.IndexOf("\n---", 4, StringComparison.Ordinal)..];
        var expected = body.Count(c => c == ',') + body.Count(c => c is '(' or ')');

        var notice = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Notice);
        Assert.Contains($"正文中有 {expected} 个半角标点", notice.Message, StringComparison.Ordinal);
        Assert.Contains("文件本身不改", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionsAreH2_AndNumberedLeadSentencesAreH3()
    {
        using var document = new HtmlParser().ParseDocument(Load().BodyHtml());

        var h2 = document.QuerySelectorAll("h2").Select(h => h.TextContent).ToArray();
        var h3 = document.QuerySelectorAll("h3").Select(h => h.TextContent).ToArray();

        Assert.Equal(SeedReport.BodyParagraphs.Where(p => p.Length > 1 && p[1] == '、').Select(SeedReport.WidthFolded), h2.Select(SeedReport.WidthFolded));
        Assert.Equal(15, h3.Length);
        Assert.All(h3, text => Assert.Matches(@"^（[一二三四]）[^。,]+。$", text));
    }

    [Fact]
    public void ContentsList_FollowsTheFourSections()
    {
        var contents = Load().Contents;

        Assert.Equal(["part-1", "part-2", "part-3", "part-4"], contents.Select(c => c.Id));
        Assert.Equal([4, 3, 4, 4], contents.Select(c => c.Children.Count));
        Assert.DoesNotContain(contents.SelectMany(c => c.Children.Prepend(c)), c => c.Id.StartsWith("section", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceFile_HoldsNoPageChrome()
    {
        var text = File.ReadAllText(FilePath);

        Assert.All(SeedReport.Chrome.Where(c => c != "通知公告"), chrome => Assert.DoesNotContain(chrome, text, StringComparison.Ordinal));
    }
}
