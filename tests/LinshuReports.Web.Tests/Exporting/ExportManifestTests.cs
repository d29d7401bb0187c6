using LinshuReports.TestSupport;
using LinshuReports.Web.Exporting;

namespace LinshuReports.Web.Tests.Exporting;

/// <summary>A manifest is trusted only whole: anything else makes the next instance write the export afresh.</summary>
public sealed class ExportManifestTests : IDisposable
{
    private readonly TempContentFolder _generation = new();

    public void Dispose() => _generation.Dispose();

    [Fact]
    public void AWrittenManifest_ReadsBackFileForFile()
    {
        var etags = new Dictionary<string, string>
        {
            ["standard/index.html"] = "\"1ec30fa1dbc76e44ea60ed47\"",
            ["elder.large.black-on-white/reports/2024/linshu-county/index.html.br"] = "\"1ec30fa1dbc76e44ea60ed47-br\"",
        };

        ExportManifest.Write(_generation.Path, etags);

        Assert.Equal(etags, ExportManifest.Read(_generation.Path));
    }

    [Fact]
    public void AnExportWithoutAManifest_OrNoExportAtAll_HasNone()
    {
        Assert.Null(ExportManifest.Read(_generation.Path));
        Assert.Null(ExportManifest.Read(Path.Combine(_generation.Path, "current")));
    }

    [Theory]
    [InlineData("standard/index.html")]
    [InlineData("standard/index.html\t\"a\"\textra")]
    [InlineData("\t\"a\"")]
    [InlineData("standard/index.html\t")]
    [InlineData("standard/index.html\t\"a\"\nstandard/index.html\t\"b\"")]
    public void AManifestWithALineThatIsNotOneFileAndItsETag_IsNotTrusted(string text)
    {
        _generation.Write(ExportManifest.FileName, text);

        Assert.Null(ExportManifest.Read(_generation.Path));
    }
}
