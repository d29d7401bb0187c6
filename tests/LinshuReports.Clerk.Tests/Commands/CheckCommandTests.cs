using Microsoft.Extensions.Configuration;
using LinshuReports.TestSupport;
using LinshuReports.Clerk.Commands;

namespace LinshuReports.Clerk.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string[] Lines) Check(params string[] args) => CheckWith(new Dictionary<string, string?>(), args);

    private static (int Exit, string[] Lines) CheckWith(Dictionary<string, string?> settings, params string[] args)
    {
        using var output = new StringWriter();
        var exit = Linshu.Run(["check", .. args], output, output, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void APublishedReportWithTypesetPunctuation_IsNotCountedAsADraft()
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n全面推进,成效明显。\n"));

        var (exit, lines) = CheckWith(new() { ["Content:Root"] = _folder.Path });

        Assert.Equal(0, exit);
        Assert.Contains(lines, line => line.Contains("说明：正文中有 1 个半角标点", StringComparison.Ordinal));
        Assert.StartsWith("检查完成：1 篇报告可以发布，", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SpecialFiles.Fifo)]
    [InlineData(SpecialFiles.Socket)]
    public async Task ANamedPipeOrSocketForAReport_IsRefusedAtItsName_AndCheckFinishes(string kind)
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
        using var special = SpecialFiles.Make(kind, Path.Combine(_folder.Path, "2023-x.md"));

        // Off the test's thread: check used to wait for ever on the pipe.
        var (exit, lines) = await Task.Run(() => CheckWith(new() { ["Content:Root"] = _folder.Path })).WaitAsync(Eventually.DefaultPatience);

        Assert.Equal(1, exit);
        Assert.StartsWith(_folder.Path.Replace('\\', '/') + "/2023-x.md: 错误：此文件不是普通文件", lines[0], StringComparison.Ordinal);
        Assert.Equal("检查完成：1 个错误，0 条警告。请按上面的提示改正错误后再发布。", lines[^1]);
    }

    [Fact]
    public void ConfiguredContentFolder_IsTheOneChecked_AsTheSiteWouldServeIt()
    {
        _folder.Write("2023-linshu-county.md", "没有前置信息");

        var (exit, lines) = CheckWith(new() { ["Content:Root"] = _folder.Path });

        Assert.Equal(1, exit);
        Assert.StartsWith(_folder.Path.Replace('\\', '/') + "/2023-linshu-county.md:", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredTimeZone_DecidesWhatIsStillScheduled()
    {
        TimeZoneDatabase.Ensure();
        // The first and the last time zones are 26 hours apart: today at the date line's west is always tomorrow or later at its east.
        var todayAtKiritimati = DateTime.UtcNow.AddHours(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.WithFields($"date: {todayAtKiritimati}"));

        var (_, west) = CheckWith(new() { ["Content:Root"] = _folder.Path, ["Content:TimeZone"] = "Pacific/Kiritimati" });
        var (_, east) = CheckWith(new() { ["Content:Root"] = _folder.Path, ["Content:TimeZone"] = "Etc/GMT+12" });

        Assert.Contains("1 篇报告可以发布，", west[^1], StringComparison.Ordinal);
        Assert.Contains(east, line => line.Contains("在此之前网站上看不到它", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownTimeZone_IsAConfigurationMistakeNamedInTheOutput()
    {
        var (exit, lines) = CheckWith(new() { ["Content:TimeZone"] = "Mars/Olympus" });

        Assert.Equal(2, exit);
        Assert.Contains("Content:TimeZone", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositorysContent_IsPublishable_WithAWarningThatThe2024ReportGivesNoDate()
    {
        var (exit, lines) = Check("--content", RepositoryPaths.Content);

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{RepositoryPaths.Content}/2024-linshu-county.md: 说明：正文中有 162 个半角标点用在中文里", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{RepositoryPaths.Content}/2024-linshu-county.md:1: 警告：没有写发布日期（前置信息 date）", lines[1], StringComparison.Ordinal);
        Assert.Contains("2025年4月1日之前公开", lines[1], StringComparison.Ordinal);
        Assert.Contains("1 篇报告可以发布", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void DraftsAndScheduledReports_AreToldAsNotices_NotErrors()
    {
        var future = DateTime.UtcNow.AddYears(1);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid().Replace("category: 通知公告", "category: 通知公告\ndraft: true", StringComparison.Ordinal));
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024).Replace("category: 通知公告", $"category: 通知公告\ndate: {future:yyyy-MM-dd}", StringComparison.Ordinal));

        var (exit, lines) = Check("--content", _folder.Path);

        Assert.Equal(0, exit);
        Assert.Equal($"{_folder.Path}/2023-linshu-county.md: 说明：草稿，不会公开。可以发布时删去“draft: true”。", lines[0]);
        Assert.Equal($"{_folder.Path}/2024-linshu-county.md: 说明：将于 {future:yyyy年M月d日} 发布，在此之前网站上看不到它。", lines[1]);
        Assert.Equal("检查完成：2 篇报告可以发布（其中 2 篇是草稿或尚未到发布日期），0 条警告。", lines[^1]);
    }

    [Fact]
    public void Mistakes_AreListedAsPathLineMessage_AndFailTheCheck()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid());
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024).Replace("year: 2024", "year: 今年", StringComparison.Ordinal));

        var (exit, lines) = Check("--content", _folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal($"{_folder.Path}/2024-linshu-county.md:3: 错误：year 应是四位数字的年份，现在是“今年”。请改成例如“year: 2025”，不要加“年”字或引号。", lines[0]);
        Assert.StartsWith("检查完成：1 个错误", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void WarningsAlone_StillPass()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "正文<b>加粗</b>。"));

        var (exit, lines) = Check("--content", _folder.Path);

        Assert.Equal(0, exit);
        Assert.Contains("警告", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolder_FailsWithAMessage()
    {
        var (exit, lines) = Check("--content", Path.Combine(_folder.Path, "nowhere"));

        Assert.Equal(1, exit);
        Assert.Contains("不存在", Assert.Single(lines), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownArguments_PrintUsage()
    {
        var (exit, lines) = Check("--contnet", "x");

        Assert.Equal(2, exit);
        Assert.Contains("用法：linshu check [--content 内容文件夹]", lines);
    }
}
