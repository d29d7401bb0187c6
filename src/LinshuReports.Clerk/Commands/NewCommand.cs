using System.CommandLine;
using System.Globalization;
using System.Text;
using LinshuReports.Import.Drafting;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Validation;

namespace LinshuReports.Clerk.Commands;

/// <summary>
/// <c>new YEAR [--content DIR]</c>: starts YEAR's report as a draft beside the latest one, with the four required
/// parts as headings to fill in. Never overwrites a file: a report already written is the record.
/// </summary>
public static class NewCommand
{
    public const string Name = "new";

    public const string Summary = $"{Name} 年份 [--content 内容文件夹]：{Description}";

    private const string Description = "按最近一篇报告新建这一年的草稿，四个部分的标题已写好";

    private const string Usage = $"用法：{ClerkCommandLine.ProgramName} {Name} 2025 [--content 内容文件夹]";

    public static Command Create(IConfiguration configuration, TextWriter output)
    {
        var year = new Argument<string>("年份") { Description = "报告的年度，四位数字，例如 2025" };
        var content = new Option<string>("--content") { Description = "内容文件夹（不写则用当前文件夹里的 content，或配置的 Content:Root）", HelpName = "内容文件夹" };
        var command = new Command(Name, Description) { year, content };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(year), parsed.GetValue(content), output, configuration));
        return command;
    }

    /// <param name="folder">The folder named with --content, or null for the configured one.</param>
    /// <param name="configuration">The site's configuration, whose content folder is used when no --content is given.</param>
    public static int Run(string given, string? folder, TextWriter output, IConfiguration configuration)
    {
        if (CommandSettings.Content(configuration, output) is not { } options)
        {
            return 2;
        }

        folder ??= CommandSettings.DefaultFolder(options, configuration);
        if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2099)
        {
            output.WriteLine($"“{given}”不是年份。请写四位数字，例如 2025。");
            output.WriteLine(Usage);
            return 2;
        }

        if (!Directory.Exists(folder))
        {
            output.WriteLine($"{folder}: 错误：内容文件夹不存在。请检查路径。");
            return 1;
        }

        var outline = AnnualReportOutline.For(year, CatalogLoader.Load(Path.GetFullPath(folder)).Reports);
        var path = Path.Combine(folder, outline.FileName);
        if (File.Exists(path))
        {
            output.WriteLine($"{path}: 错误：文件已存在，没有覆盖。请打开它接着写；确要重新开始，先把它移出内容文件夹。");
            return 1;
        }

        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            // CreateNew: a file that appeared since the look above is still not overwritten.
            file.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(outline.Markdown));
        }

        output.WriteLine(outline.Model is { } model
            ? $"已按 {Path.Combine(folder, model.SourcePath)} 新建草稿 {path}：标题“{outline.Title}”，发布机关、分类和网址名照旧。"
            : $"内容文件夹里没有报告，已按默认值（临沭县人民政府，通知公告，网址名 {AnnualReportOutline.Default.Slug}）新建草稿 {path}。请核对标题和发布机关。");
        output.WriteLine($"草稿带有“draft: true”，不会公开；四个部分的标题已写好，每处“{Placeholders.Mark}”都要换成正文，写完才能发布。");
        output.WriteLine("下一步：写正文（或用 import 导入 Word 原件），然后运行 preview 查看效果、check 检查。");
        return 0;
    }
}
