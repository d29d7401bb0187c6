using System.Text;
using LinshuReports.Content.Import;
using LinshuReports.Content.Loading;

namespace LinshuReports.Web.Commands;

/// <summary>
/// <c>import FILE [--out PATH]</c>: turns a page saved from the old site (HTML or plain text, UTF-8 or GBK)
/// into a Markdown draft, written to PATH or printed. The clerk then fills in the publisher and runs check.
/// </summary>
public static class ImportCommand
{
    public const string Name = "import";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        (string File, string? Out)? parsed = args switch
        {
            [var file] => (file, null),
            [var file, "--out", var target] => (file, target),
            _ => null,
        };
        if (parsed is not { } request)
        {
            output.WriteLine("用法：dotnet run --project src/LinshuReports.Web -- import 旧网站页面文件 [--out content/2024-linshu-county.md]");
            return 2;
        }

        if (!System.IO.File.Exists(request.File))
        {
            output.WriteLine($"{request.File}: 错误：找不到这个文件。");
            return 1;
        }

        var markdown = ReportImporter.ToMarkdown(ContentFileDecoder.DecodeUtf8OrGb18030(System.IO.File.ReadAllBytes(request.File)));
        if (request.Out is null)
        {
            output.Write(markdown);
            return 0;
        }

        if (System.IO.File.Exists(request.Out))
        {
            output.WriteLine($"{request.Out}: 错误：文件已存在，为免覆盖已发布的报告，请换一个文件名。");
            return 1;
        }

        System.IO.File.WriteAllText(request.Out, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine($"已生成草稿 {request.Out}。请补全 publisher（发布机关），核对全文后运行 check。");
        return 0;
    }
}
