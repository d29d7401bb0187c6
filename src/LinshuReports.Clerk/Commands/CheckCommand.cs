using System.CommandLine;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Loading;
using LinshuReports.Content.Model;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Clerk.Commands;

/// <summary>
/// <c>check [--content DIR]</c>: validates the content folder exactly as the site would, without starting
/// the server. One line per problem, <c>path:line: message</c>, then a summary. Exit 0 when publishable.
/// </summary>
public static class CheckCommand
{
    public const string Name = "check";

    public const string Summary = $"{Name} [--content 内容文件夹]：{Description}";

    private const string Description = "按网站的规则检查全部报告，有错误时退出码为 1";

    public static Command Create(IConfiguration configuration, TextWriter output)
    {
        var content = new Option<string>("--content") { Description = "要检查的内容文件夹（不写则用当前文件夹里的 content，或配置的 Content:Root）", HelpName = "内容文件夹" };
        var command = new Command(Name, Description) { content };
        command.SetAction(parsed => Run(parsed.GetValue(content), output, configuration));
        return command;
    }

    /// <param name="folder">The folder named with --content, or null for the configured one.</param>
    /// <param name="configuration">The site's configuration, so that <c>Content__Root</c> and <c>Content:TimeZone</c> mean here what they mean to the site.</param>
    public static int Run(string? folder, TextWriter output, IConfiguration configuration)
    {
        if (CommandSettings.Content(configuration, output) is not { } options)
        {
            return 2;
        }

        folder ??= CommandSettings.DefaultFolder(options, configuration);
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"{folder}: 错误：内容文件夹不存在。请检查路径。");
            return 1;
        }

        return Report(folder, options.Schedule(), output);
    }

    /// <summary>Lists what is wrong in <paramref name="folder"/> and what is not public yet, then a summary; 0 when publishable.</summary>
    public static int Report(string folder, PublicationSchedule schedule, TextWriter output)
    {
        var catalog = CatalogLoader.Load(Path.GetFullPath(folder));
        var notPublic = ScheduleNotices(catalog, schedule, TimeProvider.System.GetUtcNow()).ToList();
        var problems = catalog.Problems.Concat(notPublic).ToList();
        foreach (var problem in problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0))
        {
            output.WriteLine(problem with { Path = Path.Combine(folder, problem.Path).Replace('\\', '/') });
        }

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = problems.Count(p => p.Severity == ProblemSeverity.Warning);
        output.WriteLine(errors == 0
            ? $"检查完成：{catalog.Reports.Count} 篇报告可以发布{(notPublic.Count > 0 ? $"（其中 {notPublic.Count} 篇是草稿或尚未到发布日期）" : string.Empty)}，{warnings} 条警告。"
            : $"检查完成：{errors} 个错误，{warnings} 条警告。请按上面的提示改正错误后再发布。");
        return errors == 0 ? 0 : 1;
    }

    /// <summary>A draft or a report scheduled for later is not a mistake: it is told, so the clerk knows it is not public yet.</summary>
    private static IEnumerable<ContentProblem> ScheduleNotices(ReportCatalog catalog, PublicationSchedule schedule, DateTimeOffset now) =>
        catalog.Reports
            .Where(r => !schedule.IsPublic(r.Metadata, now))
            .Select(r => new ContentProblem(r.SourcePath, null, ProblemSeverity.Notice, r.Metadata.Draft
                ? "草稿，不会公开。可以发布时删去“draft: true”。"
                : $"将于 {r.Metadata.Date:yyyy年M月d日} 发布，在此之前网站上看不到它。"));
}
