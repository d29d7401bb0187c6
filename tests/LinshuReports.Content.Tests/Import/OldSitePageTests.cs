using LinshuReports.Content.Import;

namespace LinshuReports.Content.Tests.Import;

public sealed class OldSitePageTests
{
    [Fact]
    public void PlainText_GivesItsNonEmptyLines_Trimmed()
    {
        Assert.Equal(["标题", "第一段", "第二段"], OldSitePage.ReadLines("  标题\r\n\r\n第一段  \n\t\n第二段\n"));
    }

    [Fact]
    public void Html_GivesOneLinePerBlock_TitleFirst_WithoutTheTitleRepeated()
    {
        const string page = """
            <html><head><title>临沭县2023年度报告</title><style>p{}</style></head><body>
            <header>网站头部</header><p>临沭县2023年度报告</p><div>第一段<span>接着</span></div><p>第二段&nbsp;有空格</p>
            <form><button>提交</button></form><noscript>请启用脚本</noscript><iframe src="x"></iframe><ul><li>一项</li><li>二项</li></ul>
            <table><tr><td>甲</td><td>乙</td></tr></table>第三段<br>第四段
            </body></html>
            """;

        Assert.Equal(["临沭县2023年度报告", "第一段接着", "第二段 有空格", "一项", "二项", "甲", "乙", "第三段", "第四段"], OldSitePage.ReadLines(page));
    }

    [Fact]
    public void Html_PrefersTheHeadingToThePageTitle()
    {
        var lines = OldSitePage.ReadLines("<html><head><title>网站名称</title></head><body><h1>临沭县\n法治报告</h1><p>正文</p></body></html>");

        Assert.Equal(["临沭县法治报告", "正文"], lines);
    }

    [Theory]
    [InlineData("<BODY><p>正文</p></BODY>")]
    [InlineData("<p>正文</p>")]
    [InlineData("<HTML><body>正文</body></HTML>")]
    public void AnyPageMarkup_IsReadAsHtml(string page) => Assert.Equal(["正文"], OldSitePage.ReadLines(page));
}
