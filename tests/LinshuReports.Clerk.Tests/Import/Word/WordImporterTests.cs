using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LinshuReports.Import.Word;
using LinshuReports.TestSupport;
using static LinshuReports.TestSupport.Docx;

namespace LinshuReports.Clerk.Tests.Import.Word;

public sealed class WordImporterTests
{
    private static WordImportResult Import(byte[] docx, string name = "报告.docx") => WordImporter.Import(docx, name);

    private static string Body(WordImportResult result) => result.Markdown![(result.Markdown!.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];

    [Fact]
    public void TypedNumbering_GivesTheHeadingLevels_AndTheTitleAndSignatureFillTheFrontMatter()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", font: "方正小标宋简体", align: JustificationValues.Center),
            P(string.Empty),
            P("　　2025年,全县法治政府建设取得新成效。"),
            P("一、主要举措和成效", font: "黑体"),
            P("(一)深化改革,提升效能。一是优化流程。二是强化监督。", font: "楷体_GB2312"),
            P("1.加强培训"),
            P("（1）专题讲座。每季度举办一次。"),
            P("1.5万人次参加培训。"),
            P("临沭县人民政府", align: JustificationValues.Right),
            P("2026年3月31日", align: JustificationValues.Right),
            P("抄送：市司法局。"),
            P("临沭县人民政府办公室 2026年3月31日印发"),
        ]));

        Assert.Equal("""
            ---
            title: 临沭县2025年度法治政府建设报告
            year: 2025
            # 请填写发布机关，例如：临沭县人民政府
            publisher: 临沭县人民政府
            category: 通知公告
            # 草稿：对照原件核对无误后删去这一行，报告即公开
            draft: true
            ---

            2025年,全县法治政府建设取得新成效。

            ## 一、主要举措和成效

            ### (一)深化改革,提升效能。

            一是优化流程。二是强化监督。

            #### 1.加强培训

            ##### （1）专题讲座。

            每季度举办一次。

            1.5万人次参加培训。

            """.ReplaceLineEndings("\n"), result.Markdown);
        Assert.Equal(
            ["识别出 4 个标题、4 个段落。", "文末落款“临沭县人民政府，2026年3月31日”已取出，发布机关填入 publisher。", "文末的抄送、印发等 2 段版记没有导入。"],
            result.Notes.Summary());
    }

    public static TheoryData<JustificationValues?, string> Signatures() => new()
    {
        { JustificationValues.End, "临沭县法治建设工作专班" },
        { JustificationValues.Right, "临沭县法治建设工作专班" },
        { null, "临沭县人民政府办公室" },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void TheSignature_IsAnIssuingBodyNamedAsSuch_OrAnyLineSetToTheRightAboveTheDate(JustificationValues? align, string issuer)
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("正文。"),
            P(issuer, align: align),
            P("二〇二六年三月三十一日", align: align),
        ]));

        Assert.Contains($"publisher: {issuer}\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal("\n正文。\n", Body(result));
    }

    [Fact]
    public void ALeftAlignedLineThatNamesNoIssuingBody_StaysInTheText()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("正文。"),
            P("特此报告"),
            P("2026年3月31日"),
        ]));

        Assert.Contains("publisher: ''\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal("\n正文。\n\n特此报告\n\n2026年3月31日\n", Body(result));
    }

    [Fact]
    public void ATableAboveTheDate_IsNeverTakenForTheSignature()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("正文。"),
            new Table(new TableRow(Cell("项目"), Cell("数量"))),
            P("2026年3月31日", align: JustificationValues.Right),
        ]));

        Assert.Contains("publisher: ''\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal("\n正文。\n\n| 项目 | 数量 |\n|---|---|\n\n2026年3月31日\n", Body(result));
    }

    [Fact]
    public void AStyleWithoutAnId_AppliesToNoParagraph()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("没有样式"),
            P("普通样式", style: "plain"),
        ], main => main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph },
            new Style(new StyleName { Val = "正文缩进" }) { Type = StyleValues.Paragraph, StyleId = "plain" })));

        Assert.Equal("\n没有样式\n\n普通样式\n", Body(result));
    }

    [Theory]
    [InlineData("临沭县人民政府", "2026年3月31日")]
    [InlineData("抄送：市司法局。", "临沭县人民政府办公室 2026年3月31日印发")]
    public void ADocumentOfATitleAndItsClosingLinesOnly_HasNoTextToImport(string first, string second)
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P(first, align: JustificationValues.Right),
            P(second, align: JustificationValues.Right),
        ]));

        Assert.Null(result.Markdown);
        Assert.Equal("文档里没有正文，没有可导入的内容。请确认选对了文件。", result.Refusal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AFirstLineIsTheTitle_OnlyIfItIsTextAndNoHeading(bool picture)
    {
        var result = WordImporter.Import(Build([], main =>
        {
            HeadingStyles(main);
            main.Document.Body!.Append(
                picture ? P([Picture(main, Png, description: "县徽")], align: JustificationValues.Center) : P("总体情况", align: JustificationValues.Center, style: "1"),
                P("正文。"));
        }), "报告.docx", "2025-linshu-county");

        Assert.Contains("title: ''\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal(picture ? "\n![县徽](2025-linshu-county/image-1.png)\n\n正文。\n" : "\n## 总体情况\n\n正文。\n", Body(result));
    }

    [Theory]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void AnUncentredFirstLineNamingAReport_IsTheTitleUpToSixtyCharacters(int length, bool isTitle)
    {
        const string report = "临沭县2025年度法治政府建设报告";
        var line = report + new string('附', length - report.Length);
        var result = Import(Build([P(line), P("正文。")]));

        Assert.Equal(isTitle, result.Markdown!.Contains($"title: {line}\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondTitleStyledLine_AMissingStyle_AndAPartHeadingWithSeveralSentences_AreReadAsWritten()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", style: "Title"),
            P("（征求意见稿）", style: "Title"),
            P("一、坚持依法行政。全年完成各项任务。"),
            P("样式已删除", style: "deleted"),
        ], HeadingStyles));

        Assert.Equal("\n（征求意见稿）\n\n## 一、坚持依法行政。全年完成各项任务。\n\n样式已删除\n", Body(result));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WithoutATitleParagraph_TheOpeningTextStaysInTheBody_AndTheTitleIsLeftForTheClerk(bool reportInTitle)
    {
        var opening = reportInTitle ? "临沭县2025年度法治政府建设报告" : "2025年,全县法治政府建设取得新成效。";
        var result = Import(Build([P(opening), P("一、主要举措", font: "黑体")]));

        Assert.Contains(reportInTitle ? $"title: {opening}\n" : "title: ''\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal(reportInTitle ? "\n## 一、主要举措\n" : $"\n{opening}\n\n## 一、主要举措\n", Body(result));
    }

    [Fact]
    public void HeadingStyles_GiveTheLevels_AndTheTitleStyleTheTitle()
    {
        var result = Import(Build([
            P("正文之前的说明。"),
            P("临沭县2025年度法治政府建设报告", style: "Title"),
            P("主要举措", style: "1"),
            P("深化改革", style: "2"),
            P("正文。"),
        ], HeadingStyles));

        Assert.Contains("title: 临沭县2025年度法治政府建设报告\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal("\n正文之前的说明。\n\n## 主要举措\n\n### 深化改革\n\n正文。\n", Body(result));
    }

    [Fact]
    public void OutlineLevels_ChineseStyleNamesAndStylesBuiltOnHeadings_GiveLevelsToo()
    {
        var outlined = P("直接设了大纲级别");
        outlined.ParagraphProperties!.OutlineLevel = new OutlineLevel { Val = 0 };
        var bodyLevel = P("大纲级别为正文");
        bodyLevel.ParagraphProperties!.OutlineLevel = new OutlineLevel { Val = 9 };
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            outlined,
            P("中文样式名", style: "cn2"),
            P("基于标题样式", style: "mine"),
            P("样式设了大纲级别", style: "outline"),
            bodyLevel,
        ], main =>
        {
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "标题 2" }) { Type = StyleValues.Paragraph, StyleId = "cn2" },
                new Style(new StyleName { Val = "heading 3" }) { Type = StyleValues.Paragraph, StyleId = "3" },
                new Style(new StyleName { Val = "我的小标题" }, new BasedOn { Val = "3" }) { Type = StyleValues.Paragraph, StyleId = "mine" },
                new Style(new StyleName { Val = "要点" }, new StyleParagraphProperties(new OutlineLevel { Val = 3 })) { Type = StyleValues.Paragraph, StyleId = "outline" });
        }));

        Assert.Equal("\n## 直接设了大纲级别\n\n### 中文样式名\n\n#### 基于标题样式\n\n##### 样式设了大纲级别\n\n大纲级别为正文\n", Body(result));
    }

    [Fact]
    public void StylesBasedOnEachOtherInACircle_OrOnAMissingStyle_GiveBodyText()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("循环的样式", style: "a"),
            P("基于不存在的样式", style: "orphan"),
        ], main => main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "甲" }, new BasedOn { Val = "b" }) { Type = StyleValues.Paragraph, StyleId = "a" },
            new Style(new StyleName { Val = "乙" }, new BasedOn { Val = "a" }) { Type = StyleValues.Paragraph, StyleId = "b" },
            new Style(new StyleName { Val = "孤儿" }, new BasedOn { Val = "gone" }) { Type = StyleValues.Paragraph, StyleId = "orphan" })));

        Assert.Equal("\n循环的样式\n\n基于不存在的样式\n", Body(result));
    }

    [Fact]
    public void AutomaticNumbering_ReadsAsTheReaderSeesIt_AndRestartsWhereWordRestartsIt()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Numbered("主要举措", 0),
            Numbered("深化改革。一是优化流程。", 1),
            Numbered("强化监督", 1),
            Numbered("具体做法", 2),
            Numbered("存在问题", 0),
            Numbered("短板弱项", 1),
            Numbered("另起一份清单", 0, numberingId: 2),
            Numbered("清单第二项", 0, numberingId: 2),
        ], main => ChineseNumbering(main)));

        Assert.Equal(
            "\n## 一、主要举措\n\n### （一）深化改革。\n\n一是优化流程。\n\n### （二）强化监督\n\n#### 1.具体做法\n\n" +
            "## 二、存在问题\n\n### （一）短板弱项\n\n## 一、另起一份清单\n\n## 二、清单第二项\n",
            Body(result));
    }

    [Fact]
    public void NumberingFromAStyle_AStartValue_AndNumberingThatIsSwitchedOffOrMissing_ReadAsInWord()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 3 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("样式带来编号", style: "listed"),
            Numbered("段落关掉了样式的编号", 0, numberingId: 0, style: "listed"),
            Numbered("编号接着数", 0),
            Numbered("编号定义不存在", 0, numberingId: 9),
        ], main =>
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "条目" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
            { Type = StyleValues.Paragraph, StyleId = "listed" });
        }));

        Assert.Equal("\n#### 3.样式带来编号\n\n段落关掉了样式的编号\n\n#### 4.编号接着数\n\n编号定义不存在\n", Body(result));
    }

    [Fact]
    public void ParagraphsMarkedAsNumbered_InADocumentWithoutNumberingDefinitions_KeepTheirText()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            Numbered("没有编号定义的条目", 0),
        ]));

        Assert.Equal("\n没有编号定义的条目\n", Body(result));
    }

    [Fact]
    public void EveryNumberFormatAWordProcessorOffers_ReadsAsShown_AndBrokenDefinitionsLeaveTheTextAlone()
    {
        static AbstractNum OneLevel(int id, NumberFormatValues format, string? text)
        {
            var level = new Level(new StartNumberingValue { Val = 2 }, new NumberingFormat { Val = format }) { LevelIndex = 0 };
            if (text is not null)
            {
                level.Append(new LevelText { Val = text });
            }

            return new AbstractNum(level) { AbstractNumberId = id };
        }

        NumberFormatValues[] formats =
        [
            NumberFormatValues.DecimalFullWidth, NumberFormatValues.DecimalFullWidth2, NumberFormatValues.LowerLetter,
            NumberFormatValues.UpperLetter, NumberFormatValues.IdeographDigital, NumberFormatValues.TaiwaneseDigital,
            NumberFormatValues.TaiwaneseCounting, NumberFormatValues.IdeographTraditional,
        ];
        var numbering = new Numbering();
        numbering.Append(formats.Select((format, i) => OneLevel(i, format, "%1)")));
        numbering.Append(OneLevel(20, NumberFormatValues.Decimal, null));
        numbering.Append(formats.Select((_, i) => new NumberingInstance(new AbstractNumId { Val = i }) { NumberID = i + 1 }));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 30 });
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 99 }) { NumberID = 31 });
        List<OpenXmlElement> body = [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)];
        body.AddRange(formats.Select((_, i) => Numbered("条目", 0, numberingId: i + 1)));
        body.Add(Numbered("编号没有文字", 0, numberingId: 30));
        body.Add(Numbered("编号定义缺失", 0, numberingId: 31));
        body.Add(Numbered("级别未定义", 4, numberingId: 1));

        var result = Import(Build(body, main => main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering));

        Assert.Equal(
            "\n２)条目\n\n２)条目\n\nb)条目\n\nB)条目\n\n二)条目\n\n二)条目\n\n二)条目\n\n乙)条目\n\n编号没有文字\n\n编号定义缺失\n\n级别未定义\n",
            Body(result));
    }

    [Fact]
    public void ALeadSentenceSetInBold_BecomesAPlainHeading_AndTheRestKeepsItsOwnEmphasis()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("一、主要举措"),
            P([R("（一）深化改革。", bold: true), R("一是"), R("优化流程", italic: true), R("。")]),
            P([R("（二）强化", bold: true), R("监督。二是"), R("公开", bold: true), R("。")]),
            P([R("（三）严格执法。", italic: true), R("三是"), R("规范", bold: true), R("。")]),
            P([R("（四）化解纠纷。", bold: true, italic: true), R("四是"), R("调解", italic: true), R("。")]),
        ]));

        Assert.Equal(
            "\n## 一、主要举措\n\n### （一）深化改革。\n\n一是*优化流程*。\n\n### （二）强化监督。\n\n二是公开。\n\n" +
            "### （三）严格执法。\n\n三是**规范**。\n\n### （四）化解纠纷。\n\n四是*调解*。\n",
            Body(result));
    }

    [Fact]
    public void ABulletedList_StaysAList()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("主要做法："),
            Numbered("建立清单", 0, numberingId: 3),
            Numbered("一、不是标题的条目", 0, numberingId: 3),
            Numbered("*定期*通报", 0, numberingId: 3),
            Numbered("1. 也不是有序列表", 0, numberingId: 3),
            P("以上做法效果明显。"),
        ], main => ChineseNumbering(main)));

        Assert.Equal("\n主要做法：\n\n- 建立清单\n- 一、不是标题的条目\n- \\*定期\\*通报\n- 1\\. 也不是有序列表\n\n以上做法效果明显。\n", Body(result));
    }

    [Fact]
    public void ANestedBulletedList_KeepsItsLevels_AndNeverIndentsDeeperThanOneLevelBelowTheItemAbove()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("主要做法："),
            Numbered("建立清单", 0, numberingId: 3),
            Numbered("权力清单", 1, numberingId: 3),
            Numbered("乡镇", 2, numberingId: 3),
            Numbered("责任清单", 1, numberingId: 3),
            Numbered("定期通报", 0, numberingId: 3),
            P("另有："),
            Numbered("直接写在第三级的条目", 2, numberingId: 3),
            Numbered("其下一级", 2, numberingId: 3),
        ], main => ChineseNumbering(main)));

        Assert.Equal(
            "\n主要做法：\n\n- 建立清单\n  - 权力清单\n    - 乡镇\n  - 责任清单\n- 定期通报\n\n另有：\n\n- 直接写在第三级的条目\n  - 其下一级\n",
            Body(result));
        var html = Markdig.Markdown.ToHtml(Body(result));
        Assert.Contains("<li>建立清单\n<ul>\n<li>权力清单\n<ul>\n<li>乡镇</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldsAndContentControlsKeepTheirText_TabsBecomeSpaces_PageBreaksAndEmphasisedSpacesVanish_AndOnlyWebAddressesBecomeLinks()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            new Paragraph(
                R("全年"),
                new SimpleField(R("120")) { Instruction = " =100+20 " },
                R("件"),
                new SdtRun(new SdtContentRun(R("（含复议）"))),
                R(" ", bold: true),
                R("见", italic: true),
                new Run(new TabChar(), new DocumentFormat.OpenXml.Wordprocessing.Text("附表"), new Break { Type = BreakValues.Page }),
                new Hyperlink(R("旧网站")) { Id = "rHttp" },
                new Hyperlink(R("来信")) { Id = "rMail" },
                R("要点", bold: true, italic: true)),
        ], main =>
        {
            main.AddHyperlinkRelationship(new Uri("http://www.linshu.gov.cn/old"), true, "rHttp");
            main.AddHyperlinkRelationship(new Uri("mailto:sfj@example.gov.cn"), true, "rMail");
        }));

        Assert.Equal("\n全年120件（含复议） *见* 附表[旧网站](<http://www.linshu.gov.cn/old>)来信***要点***\n", Body(result));
    }

    [Fact]
    public void BoldItalicLinksAndLineBreaks_AreKept_AndMarkdownCharactersStayLiteral()
    {
        var link = new Hyperlink(R("司法局网站")) { Id = "rLink" };
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("一是"), R("落实清单。", bold: true), R("详见"), link, R("，"), R("另附", italic: true), R(" *说明* ")]),
            P([R("第一行"), new Run(new Break()), R("第二行")]),
            P("- 不是列表"),
        ], main => main.AddHyperlinkRelationship(new Uri("https://sfj.example.gov.cn/fz"), true, "rLink")));

        Assert.Equal(
            "\n一是**落实清单。**详见[司法局网站](<https://sfj.example.gov.cn/fz>)，*另附* \\*说明\\*\n\n第一行\\\n第二行\n\n\\- 不是列表\n",
            Body(result));
    }

    [Fact]
    public void TheDraft_PassesTheSitesCheck_AndShowsItsEmphasisNextToChinesePunctuation()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("一、主要举措", font: "黑体"),
            P([R("一是"), R("落实清单。", bold: true), R("二是强化监督。")]),
            P("临沭县人民政府", align: JustificationValues.Right),
            P("2026年3月31日", align: JustificationValues.Right),
        ]));

        var parsed = ReportMarkdown.Parse(result.Markdown!, "2025-linshu-county.md");

        Assert.DoesNotContain(parsed.Problems, p => p.Severity == LinshuReports.Content.Model.ProblemSeverity.Error);
        Assert.Contains("<p>一是<strong>落实清单。</strong>二是强化监督。</p>", parsed.Report!.BodyHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTextAfterASectionsLeadSentence_KeepsItsEmphasis()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("(一)深化改革。", font: "楷体_GB2312"), R("一是"), R("优化流程", bold: true), R("。")]),
            P([R("(二)强化", bold: true), R("监督。二是"), R("健全制度", bold: true), R("。")]),
        ]));

        Assert.Equal("\n### (一)深化改革。\n\n一是**优化流程**。\n\n### (二)强化监督。\n\n二是健全制度。\n", Body(result));
    }

    [Fact]
    public void HeadersFootersPageNumbersAndComments_StayOutOfTheDraft()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("正文"), new CommentRangeStart { Id = "0" }, R("有批注"), new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }), R("。")]),
            P([R("第"), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), R("1"), new Run(new FieldChar { FieldCharType = FieldCharValues.End }), R("页正文")]),
        ], main =>
        {
            main.AddNewPart<HeaderPart>().Header = new Header(P("临沭县人民政府文件"));
            main.AddNewPart<FooterPart>().Footer = new Footer(P("— 1 —"));
            main.AddNewPart<WordprocessingCommentsPart>().Comments = new Comments(new Comment(P("这句要改")) { Id = "0", Author = "审核人" });
        }));

        Assert.Equal("\n正文有批注。\n\n第1页正文\n", Body(result));
        Assert.Equal(["识别出 0 个标题、2 个段落。", "文档中的 1 条批注没有导入。"], result.Notes.Summary());
    }

    [Fact]
    public void TrackedChanges_AreAccepted_AndTheClerkIsTold()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            new Paragraph(
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("办理")),
                new InsertedRun(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("行政复议"))) { Id = "1", Author = "审核人" },
                new DeletedRun(new Run(new DeletedText("信访"))) { Id = "2", Author = "审核人" },
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("案件。"))),
        ]));

        Assert.Equal("\n办理行政复议案件。\n", Body(result));
        Assert.Equal(["识别出 0 个标题、1 个段落。", "文档中有修订：已接受 1 处插入，删去 1 处删除。请核对草稿是否为定稿内容。"], result.Notes.Summary());
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? verticalMerge = null, params string[] more)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (verticalMerge is { } merge)
        {
            properties.VerticalMerge = new VerticalMerge { Val = merge };
        }

        var cell = new TableCell(properties, P(text));
        cell.Append(more.Select(m => P(m)));
        return cell;
    }

    [Fact]
    public void ARectangularTable_BecomesAPipeTable_WithItsFirstRowAsHeader()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            new Table(
                new TableRow(Cell("项目"), Cell("数量")),
                new TableRow(Cell("行政复议案件"), Cell("120")),
                new TableRow(Cell("a|b"), Cell("*")))
        ]));

        Assert.Equal("\n| 项目 | 数量 |\n|---|---|\n| 行政复议案件 | 120 |\n| a\\|b | \\* |\n", Body(result));
        Assert.Equal(["识别出 0 个标题、0 个段落、1 个表格。"], result.Notes.Summary());
    }

    [Fact]
    public void MergedCells_AreSplitWithTheTextInTheFirstCell_AndTheClerkIsToldWhichTable()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            new Table(new TableRow(Cell("项目"), Cell("数量"))),
            new Table(
                new TableRow(Cell("类别"), Cell("2024年", span: 2)),
                new TableRow(Cell("复议", verticalMerge: MergedCellValues.Restart), Cell("受理"), Cell("120", more: "件")),
                new TableRow(Cell(string.Empty, verticalMerge: MergedCellValues.Continue), Cell("办结"), Cell("118")),
                new TableRow(Cell("合计"))),
        ]));

        Assert.EndsWith(
            "| 类别 | 2024年 |  |\n|---|---|---|\n| 复议 | 受理 | 120 件 |\n|  | 办结 | 118 |\n| 合计 |  |  |\n",
            result.Markdown, StringComparison.Ordinal);
        Assert.Equal(
            ["识别出 0 个标题、0 个段落、2 个表格。",
             "未能保留：第 2 个表格的部分结构（左右合并的单元格拆开，文字留在最左一格；单元格内的分段合成了一段；上下合并的单元格拆开，文字留在最上一格；缺格的行补了空格），请对照原件核对"],
            result.Notes.Summary());
    }

    [Fact]
    public void ACellsLineBreaksAndParagraphsBecomeSpaces_ASpanInTheMiddleKeepsTheCellsAfterItInPlace_AndTextUnderAMergeIsNotRepeated()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            new Table(
                new TableRow(Cell("类别"), Cell("受理"), Cell("办结")),
                new TableRow(Cell("复议", span: 2), Cell("118")),
                new TableRow(
                    new TableCell(P([R("第一行"), new Run(new Break()), R("第二行")]), P(string.Empty), P("件")),
                    Cell("留存", verticalMerge: MergedCellValues.Continue),
                    Cell("1"))),
        ]));

        Assert.Equal("\n| 类别 | 受理 | 办结 |\n|---|---|---|\n| 复议 |  | 118 |\n| 第一行 第二行 件 |  | 1 |\n", Body(result));
    }

    [Fact]
    public void TextInTextBoxes_FollowsItsParagraphOnce_InTheBodyAndInTables_AndTheClerkIsTold()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("全年办理行政复议案件。"), TextBox("复议案件 120 件", "办结 118 件")]),
            P("后文。"),
            new Table(
                new TableRow(Cell("项目"), Cell("说明")),
                new TableRow(Cell("复议"), new TableCell(P([R("见框内："), TextBox("受理 120")])))),
        ]));

        Assert.Equal(
            "\n全年办理行政复议案件。\n\n复议案件 120 件\n\n办结 118 件\n\n后文。\n\n| 项目 | 说明 |\n|---|---|\n| 复议 | 见框内： 受理 120 |\n",
            Body(result));
        Assert.Contains("文档中 2 个文本框里的文字已放在所在段落之后（表格中的放在同一格里），请对照原件核对位置。", result.Notes.Summary());
    }

    [Fact]
    public void ANestedTablesText_StaysInItsCell_AndAnEmptyTableLeavesNoTrace()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P("前文。"),
            new Table(),
            new Table(
                new TableRow(Cell("项目"), Cell("数量")),
                new TableRow(Cell("复议"), new TableCell(new Table(new TableRow(Cell("受理 120"), Cell("办结 118"))), P(string.Empty)))),
            P("后文。"),
        ]));

        Assert.Equal("\n前文。\n\n| 项目 | 数量 |\n|---|---|\n| 复议 | 受理 120 办结 118 |\n\n后文。\n", Body(result));
        Assert.Equal(
            ["识别出 0 个标题、2 个段落、1 个表格。", "未能保留：第 2 个表格的部分结构（单元格内的分段合成了一段；表格中嵌套的表格只保留了文字），请对照原件核对"],
            result.Notes.Summary());
    }

    [Fact]
    public void Footnotes_BecomeMarkdownFootnotes_NumberedInReadingOrder()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("依据条例"), new Run(new FootnoteReference { Id = 7 }), R("办理。")]),
            P([R("另见规定"), new Run(new FootnoteReference { Id = 3 }), R("。")]),
            P("临沭县司法局", align: JustificationValues.Right),
            P("2026年3月31日", align: JustificationValues.Right),
        ], main =>
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(
                new Footnote(P("《行政复议法》第二条。")) { Id = 3 },
                new Footnote(P([R("《"), R("条例", bold: true), R("》")])) { Id = 7 });
        }));

        Assert.Equal("\n依据条例[^1]办理。\n\n另见规定[^2]。\n\n[^1]: 《**条例**》\n\n[^2]: 《行政复议法》第二条。\n", Body(result));
        var html = ReportMarkdown.Parse(result.Markdown!, "2025-linshu-county.md").Report!.BodyHtml();
        Assert.Contains("《行政复议法》第二条。", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fn", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Endnotes_NumberOnWithFootnotes_AManyParagraphNoteIsOneLine_AndAMissingNoteIsNamedToTheClerk()
    {
        var result = Import(Build([
            P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center),
            P([R("依据条例"), new Run(new EndnoteReference { Id = 2 }), R("办理"), new Run(new FootnoteReference { Id = 5 }), R("，"), new Run(new EndnoteReference { Id = 9 }), R("。")]),
        ], main =>
        {
            main.AddNewPart<EndnotesPart>().Endnotes = new Endnotes(new Endnote(P("第一段。"), P(string.Empty), P("第二段。")) { Id = 2 });
            main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(new Footnote(P("另一条。")) { Id = 1 });
        }));

        Assert.Equal("\n依据条例[^1]办理[^2]，[^3]。\n\n[^1]: 第一段。 第二段。\n\n[^2]: \n\n[^3]: \n", Body(result));
        Assert.Equal(
            ["第 2 条注释的文字（原件中找不到，草稿中留空，请对照原件补写）", "第 3 条注释的文字（原件中找不到，草稿中留空，请对照原件补写）"],
            result.Notes.Lost);
    }

    [Fact]
    public void Pictures_GoToTheAttachmentFolder_WithTheirAlternativeText_OrANoteToWriteOne()
    {
        List<OpenXmlElement> body = [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)];
        var docx = Build(body, main => main.Document.Body!.Append(
            P([R("案件数量："), Picture(main, Png, description: "2025年行政复议案件数量柱状图")]),
            P([Picture(main, Png)]),
            P([Picture(main, [1, 2, 3], contentType: "image/x-emf")])));

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Equal(
            "\n案件数量：![2025年行政复议案件数量柱状图](2025-linshu-county/image-1.png)\n\n![图2](2025-linshu-county/image-2.png)\n",
            Body(result));
        Assert.Equal(["image-1.png", "image-2.png"], result.Images.Select(i => i.FileName));
        Assert.Equal(Png, result.Images[0].Bytes);
        Assert.Contains(result.Notes.Lost, l => l.StartsWith("第 2 张图片的文字说明", StringComparison.Ordinal));
        Assert.Contains(result.Notes.Lost, l => l.StartsWith("第 3 张图片（image/x-emf 格式网站不能发布）", StringComparison.Ordinal));
    }

    [Fact]
    public void JpegPicturesKeepTheirKind_ATitleServesWhenThereIsNoDescription_AndAShapeWithoutAPictureIsNamedToTheClerk()
    {
        List<OpenXmlElement> body = [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)];
        var docx = Build(body, main =>
        {
            var titled = Picture(main, [0xFF, 0xD8, 0xFF], contentType: "image/jpeg", description: " ");
            titled.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Title = "办案流程图";
            main.Document.Body!.Append(
                P([titled]),
                P([Picture(main, [0xFF, 0xD8, 0xFE], contentType: "image/jpg", description: "照片")]),
                P([R("图形："), new Run(new Drawing())]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Equal("\n![办案流程图](2025-linshu-county/image-1.jpg)\n\n![照片](2025-linshu-county/image-2.jpg)\n\n图形：\n", Body(result));
        Assert.Equal(["第 3 张图片（不是嵌入的图片，可能是链接或图形），请手工放入附件文件夹"], result.Notes.Lost);
    }

    [Fact]
    public void AFloatingPicture_IsImportedOnce_FromWordsOwnCopy()
    {
        List<OpenXmlElement> body = [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center)];
        var docx = Build(body, main =>
        {
            // Word saves a floating picture as DrawingML and, for older readers, again as VML (no picture of its own here).
            var drawing = Picture(main, Png, description: "执法流程图").GetFirstChild<Drawing>()!.CloneNode(true);
            var floating = new DocumentFormat.OpenXml.AlternateContent(
                new DocumentFormat.OpenXml.AlternateContentChoice(drawing) { Requires = "wps" },
                new DocumentFormat.OpenXml.AlternateContentFallback(new DocumentFormat.OpenXml.Wordprocessing.Picture()));
            main.Document.Body!.Append(P([R("流程如下："), new Run(floating)]));
        });

        var result = WordImporter.Import(docx, "报告.docx", "2025-linshu-county");

        Assert.Equal("\n流程如下：![执法流程图](2025-linshu-county/image-1.png)\n", Body(result));
        Assert.Empty(result.Notes.Lost);
    }

    [Fact]
    public void APrintedDraft_SaysItsPicturesWereNotExported()
    {
        List<OpenXmlElement> body = [P("临沭县2025年度法治政府建设报告", align: JustificationValues.Center), P("正文。")];
        var result = Import(Build(body, main => main.Document.Body!.Append(P([Picture(main, Png)]))));

        Assert.Empty(result.Images);
        Assert.Contains(result.Notes.Summary(), l => l.Contains("只有用 --out 写出草稿时才导出图片", StringComparison.Ordinal));
    }

    [Fact]
    public void ADocumentSavedByLibreOffice_ImportsAsWritten()
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "word", "libreoffice-report.docx");

        var result = Import(File.ReadAllBytes(path), path);

        Assert.Contains("title: 临沭县2025年度法治政府建设报告\nyear: 2025\n", result.Markdown, StringComparison.Ordinal);
        Assert.Contains("publisher: 临沭县人民政府\n", result.Markdown, StringComparison.Ordinal);
        Assert.Equal(
            "\n2025年,全县法治政府建设取得新成效。\n\n## 一、主要举措和成效\n\n### (一)深化改革,提升效能。\n\n一是**优化流程**。二是强化监督。\n\n" +
            "### 存在的不足和原因\n\n基层执法力量仍然薄弱。\\\n部分制度落实不到位。\n",
            Body(result));
    }
}
