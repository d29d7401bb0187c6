namespace LinshuReports.Web.Hosting;

/// <summary>
/// The server takes only the host's settings (<c>--urls …</c>, <c>--Content:Root=…</c>). A word first (<c>check</c>,
/// <c>import</c>, a file's path) is a clerk's command, which lives in the clerk's own program, linshu: the server says
/// so and exits 2 rather than start the public site with an argument nobody reads.
/// </summary>
public static class ClerkCommandRefusal
{
    public static bool Applies(IReadOnlyList<string> args) =>
        args is [var first, ..] && (!first.StartsWith("--", StringComparison.Ordinal) || first is "--help");

    public static int Explain(TextWriter output)
    {
        output.WriteLine("这是网站服务器程序，只用来发布网站，不带命令。");
        output.WriteLine("检查、导入、新建和预览报告请用办事员工具 linshu，例如：linshu check --content 内容文件夹");
        output.WriteLine("在源代码里运行：dotnet run --project src/LinshuReports.Clerk -- check --content content");
        return 2;
    }
}
