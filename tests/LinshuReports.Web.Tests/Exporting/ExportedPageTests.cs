using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using LinshuReports.Web.Exporting;

namespace LinshuReports.Web.Tests.Exporting;

/// <summary>Which files the export holds, named as nginx looks them up (src/deploy/nginx: <c>$linshu_reading</c>,
/// <c>$linshu_export_file</c>, <c>$linshu_export_suffix</c>).</summary>
public sealed class ExportedPageTests
{
    [Theory]
    [InlineData("/", null, "identity", "standard/index.html")]
    [InlineData("/", null, "br", "standard/index.html.br")]
    [InlineData("/years/2024", null, "gzip", "standard/years/2024/index.html.gz")]
    [InlineData("/reports/2024/linshu-county", "elder.xlarge.yellow-on-black", "br", "elder.xlarge.yellow-on-black/reports/2024/linshu-county/index.html.br")]
    public void EachFile_IsNamedWhereNginxLooksForIt(string path, string? cookie, string encoding, string file) =>
        Assert.Equal(file, new ExportedPage(path, cookie, encoding).File);

    [Fact]
    public void TheExport_IsHomeYearsAndReports_InEveryRenderedModeAndEveryEncoding()
    {
        using var content = new TempContentFolder();
        content.CopyFrom(Path.Combine(RepositoryPaths.Content, "2024-linshu-county.md"));
        content.Write("2023-test-town.md", ReportMarkdown.Valid());
        using var catalog = new LiveCatalog(content.Path);
        catalog.Reload();

        var pages = ExportedPage.All(catalog.Current).ToList();

        string[] paths = ["/", "/years/2024", "/years/2023", "/reports/2024/linshu-county", "/reports/2023/test-town"];
        string?[] readings = [null, "elder.large.black-on-white", "elder.large.yellow-on-black", "elder.xlarge.black-on-white", "elder.xlarge.yellow-on-black"];
        string[] encodings = ["br", "gzip", "identity"];
        var expected = from path in paths from reading in readings from encoding in encodings select new ExportedPage(path, reading, encoding);
        Assert.Equal(expected.OrderBy(p => p.File, StringComparer.Ordinal), pages.OrderBy(p => p.File, StringComparer.Ordinal));
        Assert.Equal(pages.Count, pages.Select(p => p.File).Distinct().Count());
    }
}
