using LinshuReports.Content.Links;

namespace LinshuReports.Content.Tests.Links;

public sealed class AttachmentsTests
{
    [Theory]
    [InlineData("图1.png")]
    [InlineData("附件 一.pdf")]
    [InlineData("a")]
    public void PlainNames_AreFileNames(string name) => Assert.True(Attachments.IsPlainFileName(name));

    [Theory]
    [InlineData("")]
    [InlineData(".env")]
    [InlineData("..")]
    [InlineData("a/b.png")]
    [InlineData("a\\b.png")]
    [InlineData("c:b.png")]
    [InlineData(":b.png")]
    [InlineData("a\u0000.png")]
    [InlineData("a\n.png")]
    public void AnythingAPathCouldBe_IsNot(string name) => Assert.False(Attachments.IsPlainFileName(name));

    [Fact]
    public void NameLength_IsAFileSystemsLimit()
    {
        Assert.True(Attachments.IsPlainFileName(new string('a', 251) + ".pdf"));
        Assert.False(Attachments.IsPlainFileName(new string('a', 252) + ".pdf"));
    }

    [Theory]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("A.PNG", "image/png")]
    [InlineData("a.jpeg", "image/jpeg")]
    [InlineData("a.jpg", "image/jpeg")]
    [InlineData("表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("文.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public void ServedTypes_HaveTheirContentType(string name, string contentType)
    {
        Assert.True(Attachments.TryGetContentType(name, out var type));
        Assert.Equal(contentType, type);
    }

    [Theory]
    [InlineData("a.exe")]
    [InlineData("a.html")]
    [InlineData("a.svg")]
    [InlineData("a.md")]
    [InlineData("a")]
    public void OtherTypes_AreNeverServed(string name) => Assert.False(Attachments.TryGetContentType(name, out _));

    [Fact]
    public void AllowedList_NamesEachTypeOnce() => Assert.Equal("PDF、DOCX、XLSX、PNG、JPG、JPEG", Attachments.AllowedList);

    [Theory]
    [InlineData("2023-linshu-county/图1.png", "图1.png")]
    [InlineData("2023-linshu-county\\图1.png", "图1.png")]
    [InlineData("2023-linshu-county/sub/图1.png", null)]
    [InlineData("2023-linshu-countyx/图1.png", null)]
    [InlineData("图1.png", null)]
    [InlineData("2023-linshu-county/", null)]
    [InlineData("2023-linshu-county/../secret.pdf", null)]
    public void FileNamed_FindsOnlyAFileDirectlyInTheReportsFolder(string url, string? name) =>
        Assert.Equal(name, Attachments.FileNamed(url, Attachments.FolderOf("2023-linshu-county.md")));

    [Fact]
    public void FolderOf_IsTheReportFileWithoutItsExtension_WithForwardSlashes() =>
        Assert.Equal("towns/2023-linshu-county", Attachments.FolderOf("towns\\2023-linshu-county.md"));

    [Fact]
    public void UrlFor_ServesUnderTheReportsAddress_Escaped() =>
        Assert.Equal("/reports/2023/linshu-county/files/%E5%9B%BE%201.png", Attachments.UrlFor("/reports/2023/linshu-county", "图 1.png"));

    [Theory]
    [InlineData("2023-linshu-countyx图1.png")]
    [InlineData(":a.png")]
    public void NearMisses_AreNotAttachments(string url) =>
        Assert.Null(Attachments.FileNamed(url, Attachments.FolderOf("2023-linshu-county.md")));

    [Theory]
    [InlineData("java script:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData(" \tJavaScript:alert(1)")]
    [InlineData("DATA:text/html,x")]
    [InlineData("vbscript:x")]
    public void ScriptSchemes_AreFoundHoweverTheyAreDisguised(string url) => Assert.True(UnsafeSchemes.AreIn(url));

    [Theory]
    [InlineData("https://www.gov.cn/")]
    [InlineData("/reports/2024/linshu-county")]
    [InlineData("javascript-guide.pdf")]
    public void OrdinaryAddresses_AreNotScript(string url) => Assert.False(UnsafeSchemes.AreIn(url));
}
