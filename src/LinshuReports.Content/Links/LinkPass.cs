using LinshuReports.Content.Model;
using LinshuReports.Content.Text;
using LinshuReports.Content.Validation;

namespace LinshuReports.Content.Links;

/// <summary>
/// One pass over a report's links on the syntax tree, before anything is rendered: each link is checked as
/// <c>check</c> reports it and rewritten as readers will follow it, by the same rule, so a link that passes
/// is a link that works.
/// </summary>
public sealed class LinkPass : IReportRule
{
    public RuleStage Stage => RuleStage.Linked;

    public bool Check(ReportUnderCheck report)
    {
        // Where the report's files are served; none when its front matter is broken and it will not be rendered.
        var reportUrl = report.Metadata is { } metadata ? ReportUrl.For(metadata.Year, metadata.Slug) : null;
        var (anchors, path, problems) = (report.Anchors, report.Path, report.Problems);
        var folder = Attachments.FolderOf(path);
        foreach (var node in report.Links)
        {
            var link = node.Link;
            if (UnsafeSchemes.AreIn(link.Url))
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Warning,
                    $"链接地址“{Shorten(link.Url)}”可能执行脚本，已被移除，读者只能看到文字。请改用 https:// 开头的网址。"));
                node.Unlink();
            }
            else if (link.IsAnchor && !anchors.Contains(link.Url[1..]))
            {
                var known = anchors.Count == 0 ? "本报告没有可链接的章节" : "可用的章节锚点：" + string.Join("、", anchors.Order(StringComparer.Ordinal).Select(i => "#" + i));
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    $"链接指向本文中不存在的章节“{Shorten(link.Url)}”。{known}。"));
            }
            else if (link.IsLocalFile && CheckFile(link, folder, path, report.ContentRoot, problems) is { } name && reportUrl is not null)
            {
                node.Retarget(Attachments.UrlFor(reportUrl, name));
            }
        }

        return true;
    }

    /// <returns>The file's name in the report's folder when it may be published; otherwise null, with the problem added.</returns>
    private static string? CheckFile(MarkdownLink link, string folder, string path, string contentRoot, List<ContentProblem> problems)
    {
        var what = link.IsImage ? "图片" : "附件";
        var name = Attachments.FileNamed(link.Url, folder);
        string? problem;
        if (IllegalCharacters.IndexOf(link.Url, 0, out var codePoint) >= 0)
        {
            problem = $"{what}地址“{Shorten(IllegalCharacters.Remove(link.Url))}”里有一个{IllegalCharacters.Describe(codePoint)}（可能写成了 % 编码）。请删除它，并让文件名与文件夹里的文件一致。";
        }
        else if (name is null)
        {
            problem = $"{what}“{Shorten(link.Url)}”应放在与报告同名的文件夹 {folder}/ 中，并写成“{folder}/文件名”。";
        }
        else if (!Attachments.TryGetContentType(name, out _))
        {
            problem = $"{what}“{name}”的文件类型不能发布。只能使用 {Attachments.AllowedList} 文件。";
        }
        else
        {
            problem = Attachments.Locate(contentRoot, folder, name, out _) switch
            {
                AttachmentLookup.Missing => $"找不到{what}文件 {folder}/{name}。请把文件放进 {folder}/ 文件夹，或改正文件名（注意大小写和扩展名）。",
                AttachmentLookup.NotRegular => $"{what} {folder}/{name} 不是普通文件（而是命名管道、设备、套接字或文件夹），不予发布。请删除它，把文件本身复制进 {folder}/ 文件夹。",
                AttachmentLookup.Linked => $"{what} {folder}/{name} 是符号链接（快捷方式），不予发布：链接可能指向内容文件夹以外的任何文件。请把文件本身复制进 {folder}/ 文件夹。",
                _ => null,
            };
        }

        if (problem is null)
        {
            return name;
        }

        problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error, problem));
        return null;
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "…";
}
