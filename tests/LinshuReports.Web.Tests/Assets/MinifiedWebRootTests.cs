using LinshuReports.TestSupport;
using LinshuReports.Web.Assets;
using Microsoft.Extensions.FileProviders;

namespace LinshuReports.Web.Tests.Assets;

/// <summary>What the web root gives the static files and the version hashes: stylesheets and scripts minified once per change.</summary>
public sealed class MinifiedWebRootTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private MinifiedWebRoot Root() => new(new PhysicalFileProvider(_folder.Path));

    private static string Read(IFileInfo file)
    {
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }

    [Theory]
    [InlineData("site.css", "/* Why the rule is there. */\n.page {\n  color: #ffffff;\n}\n", ".page{color:#fff}")]
    [InlineData("read.js", "// Why the script is there.\n(() => {\n  const panel = document.body;\n  panel.hidden = false;\n})();\n", "hidden=!1")]
    public void AStylesheetOrScript_IsGivenMinified_WithoutItsComments(string name, string source, string expected)
    {
        _folder.Write(name, source);

        var file = Root().GetFileInfo(name);

        var text = Read(file);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Why", text, StringComparison.Ordinal);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), file.Length);
        Assert.Null(file.PhysicalPath);
    }

    [Fact]
    public void AnUnchangedStylesheet_IsMinifiedOnce()
    {
        _folder.Write("site.css", ".page { color: red; }");
        var root = Root();

        Assert.Same(root.GetFileInfo("site.css"), root.GetFileInfo("site.css"));
    }

    [Fact]
    public void AChangedStylesheet_IsMinifiedAgain()
    {
        var path = _folder.Write("site.css", ".page { color: red; }");
        var root = Root();
        var before = Read(root.GetFileInfo("site.css"));

        File.WriteAllText(path, ".page { color: blue; margin: 0; }");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.Equal(".page{color:#f00}", before);
        Assert.Equal(".page{color:#00f;margin:0}", Read(root.GetFileInfo("site.css")));
    }

    [Theory]
    [InlineData(".page { color: red; ")]
    [InlineData(".page { color: red; } }")]
    [InlineData("@media { .page { color: red; } }")]
    public void AStylesheetTheMinifierCannotRead_IsGivenAsWritten(string source)
    {
        _folder.Write("site.css", source);

        Assert.Equal(source, Read(Root().GetFileInfo("site.css")));
    }

    [Theory]
    [InlineData("favicon.ico")]
    [InlineData("cursor.png")]
    [InlineData("notes.txt")]
    public void OtherFiles_AreTheSourcesOwn(string name)
    {
        var path = _folder.WriteBytes(name, [0x2F, 0x2A, 0x20, 0x78, 0x20, 0x2A, 0x2F, 0x0A, 0x89, 0x50]);

        var file = Root().GetFileInfo(name);

        Assert.Equal(path, file.PhysicalPath);
        Assert.Equal(10, file.Length);
    }

    [Fact]
    public void AMissingStylesheet_IsMissing() => Assert.False(Root().GetFileInfo("none.css").Exists);
}
