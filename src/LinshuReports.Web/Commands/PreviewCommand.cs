using System.Globalization;
using LinshuReports.Web.Hosting;
using LinshuReports.Web.Logging;
using LinshuReports.Web.Preview;

namespace LinshuReports.Web.Commands;

/// <summary>
/// <c>preview [--content DIR | FILE.md | FILE.docx] [--port P]</c>: the site itself, on this machine only, showing
/// drafts and scheduled reports as readers will see them, marked 预览, until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public const string Name = "preview";

    public const string Summary = "preview [--content 内容文件夹 | 报告.md | 报告.docx] [--port 端口]：在本机预览网站，草稿和定时发布的报告也显示";

    public const int DefaultPort = 5010;

    private const string Usage = "用法：dotnet run --project src/LinshuReports.Web -- preview [--content 内容文件夹 | 报告.md | 报告.docx] [--port 5010]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, IConfiguration configuration)
    {
        if (CommandSettings.Content(configuration, output) is not { } options)
        {
            return 2;
        }

        if (Parse(args, options.FullRoot) is not { } request)
        {
            output.WriteLine(Usage);
            return 2;
        }

        using var source = PreviewSource.Open(request.Target, output);
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

        var exit = Serve(source, request.Port, output);
        source.Dispose();
        output.WriteLine(source.IsTemporary ? "预览已结束，临时文件夹已删除。" : "预览已结束。");
        return exit;
    }

    /// <summary>The site with the preview switched on, until Ctrl+C; stopped before its folder is removed.</summary>
    private static int Serve(PreviewSource source, int port, TextWriter output)
    {
        using var site = SiteApplication.Build(
        [
            $"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            $"--{PreviewOptions.Section}:{nameof(PreviewOptions.Enabled)}=true",
            $"--{ContentOptions.Section}:{nameof(ContentOptions.Root)}={source.Folder}",
            // The terminal shows the clerk's problems rather than a line per request.
            $"--Serilog:MinimumLevel:Override:{SiteLogging.RequestLineSource}=Warning",
        ]);
        try
        {
            site.Start();
        }
        catch (IOException ex)
        {
            output.WriteLine($"错误：无法在端口 {port} 上启动预览（{ex.Message}）。这个端口可能已被占用，请加 --port 换一个，例如 --port 5011。");
            return 1;
        }

        output.WriteLine($"预览地址：{site.Urls.First()}（只有本机能打开；改动文件后刷新页面即可看到；按 Ctrl+C 结束预览）");
        site.WaitForShutdown();
        return 0;
    }

    private static (string Target, int Port)? Parse(IReadOnlyList<string> args, string contentRoot)
    {
        string? target = null;
        var port = DefaultPort;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535:
                    i++;
                    break;
                case "--content" when i + 1 < args.Count && target is null:
                    target = args[++i];
                    break;
                case var file when !file.StartsWith('-') && target is null:
                    target = file;
                    break;
                default:
                    return null;
            }
        }

        return (target ?? contentRoot, port);
    }
}
