using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Web.Commands;

/// <summary>
/// <c>check [--content DIR]</c>: validates the content folder exactly as the site would, without starting
/// the server. One line per problem, <c>path:line: message</c>, then a summary. Exit 0 when publishable.
/// </summary>
public static class CheckCommand
{
    public const string Name = "check";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        string folder;
        switch (args)
        {
            case []:
                folder = Path.Combine(SiteRoot.Find(), new ContentOptions().Root);
                break;
            case ["--content", var dir]:
                folder = dir;
                break;
            default:
                output.WriteLine("用法：dotnet run --project src/LinshuReports.Web -- check [--content 内容文件夹]");
                return 2;
        }

        if (!Directory.Exists(folder))
        {
            output.WriteLine($"{folder}: 错误：内容文件夹不存在。请检查路径。");
            return 1;
        }

        var catalog = ReportLibraryLoader.Load(Path.GetFullPath(folder));
        foreach (var problem in catalog.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0))
        {
            output.WriteLine(problem with { Path = Path.Combine(folder, problem.Path).Replace('\\', '/') });
        }

        var errors = catalog.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = catalog.Problems.Count - errors;
        output.WriteLine(errors == 0
            ? $"检查完成：{catalog.Reports.Count} 篇报告可以发布，{warnings} 条警告。"
            : $"检查完成：{errors} 个错误，{warnings} 条警告。请按上面的提示改正错误后再发布。");
        return errors == 0 ? 0 : 1;
    }
}
