using LinshuReports.Import;

namespace LinshuReports.Clerk.Tests.Import;

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

    [Theory]
    [InlineData("script")]
    [InlineData("style")]
    [InlineData("noscript")]
    [InlineData("nav")]
    [InlineData("header")]
    [InlineData("footer")]
    [InlineData("form")]
    [InlineData("button")]
    [InlineData("select")]
    [InlineData("iframe")]
    public void PageFurniture_IsDropped(string element) =>
        Assert.Equal(["正文"], OldSitePage.ReadLines($"<body><p>正文</p><{element}>网站部件</{element}></body>"));

    [Theory]
    [InlineData("p")]
    [InlineData("div")]
    [InlineData("h2")]
    [InlineData("h3")]
    [InlineData("h4")]
    [InlineData("h5")]
    [InlineData("h6")]
    [InlineData("li")]
    [InlineData("section")]
    [InlineData("article")]
    public void EachBlock_IsALineOfItsOwn(string element) =>
        Assert.Equal(["甲", "乙", "丙"], OldSitePage.ReadLines($"<body>甲<{element}>乙</{element}>丙</body>"));

    [Fact]
    public void TheFirstHeading_IsTheTitleLine_AndEndsTheLineBeforeIt() =>
        Assert.Equal(["乙", "甲", "丙"], OldSitePage.ReadLines("<body>甲<h1>乙</h1>丙</body>"));

    [Fact]
    public void CellsAndBreaks_SeparateLines() =>
        Assert.Equal(["甲", "乙", "丙", "丁"], OldSitePage.ReadLines("<body><table><tr><td>甲</td><th>乙</th></tr></table>丙<br>丁</body>"));

    [Fact]
    public void WithoutAHeading_ThePageTitleComesFirst() =>
        Assert.Equal(["临沭县2023年度报告", "正文"], OldSitePage.ReadLines("<html><head><title>临沭县2023年度报告</title></head><body><p>正文</p></body></html>"));

    [Fact]
    public void TheTitleRepeatedInTheText_IsDropped_ButFirstKept() =>
        Assert.Equal(["某某报告", "正文", "结尾"], OldSitePage.ReadLines("<body><h1>某某报告</h1><p>正文</p><p>某某报告</p><p>结尾</p></body>"));
}
