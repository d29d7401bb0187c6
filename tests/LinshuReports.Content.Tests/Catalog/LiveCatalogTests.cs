using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.TestSupport;

namespace LinshuReports.Content.Tests.Catalog;

/// <summary>
/// The store's settle rule, driven deterministically: the store's wait between its two reads is replaced by
/// an action that plays the part of a copy still in progress.
/// </summary>
public sealed class LiveCatalogTests : IDisposable
{
    private const string FileName = "2023-linshu-county.md";

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFileStillGrowingBetweenTheTwoReads_IsNotPublished_UntilTwoReadsAgree()
    {
        var whole = ReportMarkdown.Valid(body: "## 一、总体情况\n\n第一段。\n\n第二段，写完了。\n");
        var cut = whole.Length / 2;
        _folder.Write(FileName, whole[..cut]);
        var store = new LiveCatalog(_folder.Path, TimeSpan.FromSeconds(1), _ => _folder.Write(FileName, whole[..(cut + 10)]));

        var during = store.Reload();

        Assert.True(during.Unsettled);
        Assert.Empty(during.Catalog.Reports);
        Assert.Contains(during.Catalog.Problems, p => p.Path == FileName && p.Message.Contains("正在写入", StringComparison.Ordinal));

        var finished = new LiveCatalog(_folder.Path, TimeSpan.FromSeconds(1), _ => { });
        _folder.Write(FileName, whole);
        var after = finished.Reload();

        Assert.False(after.Unsettled);
        Assert.Contains("第二段，写完了。", Assert.Single(after.Catalog.Reports).BodyHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void ACopyInProgress_KeepsTheLastGoodVersionOnline_ThenPublishesTheWholeFile()
    {
        var copying = false;
        _folder.Write(FileName, ReportMarkdown.Valid(body: "旧版本。"));
        var store = new LiveCatalog(_folder.Path, TimeSpan.FromSeconds(1), _ =>
        {
            if (copying)
            {
                _folder.Write(FileName, ReportMarkdown.Valid(body: "新版本，") + "仍在复制");
            }
        });
        store.Reload();

        copying = true;
        _folder.Write(FileName, ReportMarkdown.Valid(body: "新版本，"));
        var during = store.Reload();
        copying = false;
        var after = store.Reload();

        Assert.Contains("旧版本。", Assert.Single(during.Catalog.Reports).BodyHtml(), StringComparison.Ordinal);
        Assert.True(during.Unsettled);
        Assert.Contains("仍在复制", Assert.Single(after.Catalog.Reports).BodyHtml(), StringComparison.Ordinal);
        Assert.False(after.Unsettled);
    }

    [Fact]
    public void AReloadThatFindsNothingChanged_KeepsTheSameCatalog_AndDoesNotWait()
    {
        _folder.Write(FileName, ReportMarkdown.Valid());
        var waits = 0;
        var store = new LiveCatalog(_folder.Path, TimeSpan.FromSeconds(1), _ => waits++);
        var first = store.Reload();

        var idle = store.Reload();

        Assert.True(first.Changed);
        Assert.False(idle.Changed);
        Assert.Same(first.Catalog, idle.Catalog);
        Assert.Same(first.Catalog, store.Current);
        Assert.Equal(1, waits);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("attachment")]
    [InlineData("removal")]
    public void AnyChange_IsSeenByTheNextReload(string change)
    {
        _folder.Write(FileName, ReportMarkdown.Valid(body: "![图表](2023-linshu-county/chart.png)"));
        var store = new LiveCatalog(_folder.Path, TimeSpan.Zero, _ => { });
        var before = store.Reload();
        Assert.Empty(before.Catalog.Reports);

        switch (change)
        {
            case "report":
                _folder.Write(FileName, ReportMarkdown.Valid(body: "改正后的正文。"));
                break;
            case "attachment":
                Directory.CreateDirectory(Path.Combine(_folder.Path, "2023-linshu-county"));
                _folder.WriteBytes("2023-linshu-county/chart.png", [0x89, 0x50, 0x4E, 0x47]);
                break;
            default:
                _folder.Delete(FileName);
                break;
        }

        var after = store.Reload();

        Assert.True(after.Changed);
        Assert.NotSame(before.Catalog, after.Catalog);
        Assert.Equal(change != "removal", after.Catalog.Reports.Count == 1);
        Assert.DoesNotContain(after.Catalog.Problems, p => p.Severity == ProblemSeverity.Error);
    }
}
