using System.CommandLine;
using System.Globalization;
using LinshuReports.Clerk.Preview;
using LinshuReports.Web.Assets;
using LinshuReports.Web.Hosting;
using LinshuReports.Web.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace LinshuReports.Clerk.Commands;

/// <summary>
/// <c>preview [--content DIR | FILE.md | FILE.docx] [--port P] [--no-browser]</c>: the site itself, on this machine
/// only, showing drafts and scheduled reports as readers will see them, marked 预览, until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public const string Name = "preview";

    public const string Summary = $"{Name} [--content 内容文件夹 | 报告.md | 报告.docx] [--port 端口] [--no-browser]：{Description}";

    public const int DefaultPort = 5010;

    private const string Description = "在本机预览网站，草稿和定时发布的报告也显示，并打开浏览器";


    public static Command Create(IConfiguration configuration, TextWriter output)
    {
        var file = new Argument<string>("报告") { Description = "要预览的报告文件（.md）、Word 原件（.docx）或内容文件夹", Arity = ArgumentArity.ZeroOrOne };
        var content = new Option<string>("--content") { Description = "要预览的内容文件夹（不写则用当前文件夹里的 content，或配置的 Content:Root）", HelpName = "内容文件夹" };
        var port = new Option<int?>("--port") { Description = $"预览用的端口（不写则用 {DefaultPort}，被占用时另找一个）", HelpName = "端口" };
        var noBrowser = new Option<bool>("--no-browser") { Description = "不自动打开浏览器" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("端口应在 0 到 65535 之间，例如 5010。");
            }
        });
        var command = new Command(Name, Description) { file, content, port, noBrowser };
        command.Validators.Add(result =>
        {
            if (result.GetValue(file) is not null && result.GetValue(content) is not null)
            {
                result.AddError("报告文件和 --content 只能给一个。");
            }
        });
        command.SetAction(parsed => Run(parsed.GetValue(file) ?? parsed.GetValue(content), parsed.GetValue(port), !parsed.GetValue(noBrowser), output, configuration));
        return command;
    }

    /// <param name="target">A content folder, a report file or a Word file; null for the configured content folder.</param>
    /// <param name="openBrowser">Whether the clerk asked for the browser (it opens only where there is a desktop to show it).</param>
    /// <param name="port">The port asked for; null for the usual one, or any free one when that is taken.</param>
    public static int Run(string? target, int? port, bool openBrowser, TextWriter output, IConfiguration configuration)
    {
        if (CommandSettings.Content(configuration, output) is not { } options)
        {
            return 2;
        }

        using var source = PreviewSource.Open(target ?? CommandSettings.DefaultFolder(options, configuration), output);
        if (source is null)
        {
            return 1;
        }

        output.WriteLine(source.IsTemporary ? $"预览文件夹（结束时删除）：{source.Folder}" : $"预览内容文件夹：{source.Folder}");
        if (!source.IsImported)
        {
            // An import has just checked its draft and said so.
            CheckCommand.Report(source.Folder, options.Schedule(), output);
        }

        var exit = Serve(source, port, openBrowser, output);
        source.Dispose();
        output.WriteLine(source.IsTemporary ? "预览已结束，临时文件夹已删除。" : "预览已结束。");
        return exit;
    }

    /// <summary>The site in preview mode, until Ctrl+C; stopped before its folder is removed.</summary>
    /// <param name="port">The port asked for, or null for the usual one, or any free one when that is taken.</param>
    private static int Serve(PreviewSource source, int? port, bool openBrowser, TextWriter output)
    {
        using var site = port is { } asked ? Start(source, asked, output) : Start(source, DefaultPort, failure: null) ?? Start(source, 0, output);
        if (site is null)
        {
            return 1;
        }

        var address = site.Urls.First();
        output.WriteLine($"预览地址：{address}（只有本机能打开；改动文件后刷新页面即可看到；按 Ctrl+C 结束预览）");
        if (openBrowser)
        {
            DesktopBrowser.TryOpen(address, output);
        }

        site.WaitForShutdown();
        return 0;
    }

    /// <returns>The site, listening; null when the port cannot be had (said to <paramref name="failure"/>, if given).</returns>
    private static WebApplication? Start(PreviewSource source, int port, TextWriter? failure)
    {
        var site = SiteApplication.Build(
        [
            $"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            $"--{ContentOptions.Section}:{nameof(ContentOptions.Root)}={source.Folder}",
            Program.NoReload,
            // The terminal shows what check found and what went wrong, not the server's notes: the banner shows the rest.
            "--Serilog:MinimumLevel:Default=Error",
            $"--Serilog:MinimumLevel:Override:{SiteLogging.RequestLineSource}=Error",
            "--Serilog:MinimumLevel:Override:Microsoft=Error",
            "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Error",
        ], services => services.AddPreviewMode());
        // The stylesheet, script and pictures this program was built with, so that one file is all a clerk needs;
        // minified as the site serves them.
        site.Environment.WebRootFileProvider = new MinifiedWebRoot(EmbeddedWebRoot.Files);
        try
        {
            site.Start();
            return site;
        }
        catch (IOException ex)
        {
            ((IDisposable)site).Dispose();
            failure?.WriteLine($"错误：无法在端口 {port} 上启动预览（{ex.Message}）。这个端口可能已被占用，请加 --port 换一个，例如 --port 5011。");
            return null;
        }
    }
}
