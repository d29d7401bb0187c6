using LinshuReports.Content.Links;
using LinshuReports.Content.Model;
using LinshuReports.Content.Rendering;
using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Tests.Validation;

/// <summary>The bound on how much larger a report may render than its file: generous for any real report, and a
/// clear refusal, at the line of the link that passes it, for a file built to blow up.</summary>
public sealed class RenderSizeGuardTests
{
    [Theory]
    [InlineData(0, 1_000_000)]
    [InlineData(100, 1_000_800)]
    [InlineData(300_000_000, int.MaxValue)]
    public void Allows_eight_times_the_source_plus_room_for_a_short_reports_markup(int sourceLength, int maxHtmlLength)
    {
        Assert.Equal(maxHtmlLength, RenderSizeGuard.MaxHtmlLength(new string('字', sourceLength)));
    }

    [Fact]
    public void Links_adding_up_to_half_the_bound_are_allowed()
    {
        var budget = RenderSizeGuard.MaxHtmlLength("") / 2;
        var problems = new List<ContentProblem>();

        var allowed = RenderSizeGuard.AllowsLinks([Link(budget - 1, line: 3), Link(1, line: 4)], "", "2024-test.md", problems);

        Assert.True(allowed);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_link_that_passes_half_the_bound_is_refused_at_its_line_with_what_to_do()
    {
        var budget = RenderSizeGuard.MaxHtmlLength("") / 2;
        var problems = new List<ContentProblem>();

        var allowed = RenderSizeGuard.AllowsLinks([Link(budget - 1, line: 3), Link(2, line: 7), Link(5, line: 9)], "", "2024-test.md", problems);

        Assert.False(allowed);
        var problem = Assert.Single(problems);
        Assert.Equal(("2024-test.md", (int?)7, ProblemSeverity.Error), (problem.Path, problem.Line, problem.Severity));
        Assert.Contains("请缩短网址", problem.Message);
    }

    [Fact]
    public void A_refused_rendering_names_the_file_and_the_growth_allowed()
    {
        var problems = new List<ContentProblem>();

        RenderSizeGuard.RefuseRendering("2024-test.md", problems);

        var problem = Assert.Single(problems);
        Assert.Equal(("2024-test.md", ProblemSeverity.Error), (problem.Path, problem.Severity));
        Assert.Contains("8 倍以上", problem.Message);
    }

    [Fact]
    public void TheContentsList_CountsTowardsTheRenderedSize()
    {
        var budget = RenderSizeGuard.MaxHtmlLength("");
        var entry = new ContentsEntry("part-1", "一、总体情况", []);
        var body = new RenderedBody([new ReportSection(null, new string('a', budget - 100))], [], []);
        var withContents = body with { Contents = Enumerable.Repeat(entry, 2).ToList() };

        Assert.True(RenderSizeGuard.Fits(body, ""));
        Assert.False(RenderSizeGuard.Fits(withContents, ""));
    }

    private static MarkdownLink Link(int length, int line) => new("/" + new string('a', length - 1), line, IsImage: false);
}
