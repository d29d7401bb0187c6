using LinshuReports.Content.Model;
using LinshuReports.Content.Parsing;
using LinshuReports.Content.Rendering;

namespace LinshuReports.Content.Validation;

/// <summary>
/// Checks the links of one report: script addresses, anchors that name no section, and images or
/// attachments that are missing, misplaced or of a type the site does not serve.
/// </summary>
public static class LinkChecker
{
    public static void CheckUnsafe(IReadOnlyList<MarkdownLink> links, string path, List<ContentProblem> problems)
    {
        foreach (var link in links.Where(l => UnsafeUrlRemover.IsUnsafe(l.Url)))
        {
            problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Warning,
                $"链接地址“{Shorten(link.Url)}”可能执行脚本，已被移除，读者只能看到文字。请改用 https:// 开头的网址。"));
        }
    }

    public static void CheckAnchors(IReadOnlyList<MarkdownLink> links, IReadOnlySet<string> ids, string path, List<ContentProblem> problems)
    {
        foreach (var link in links.Where(l => l.IsAnchor && !ids.Contains(l.Url[1..])))
        {
            var known = ids.Count == 0 ? "本报告没有可链接的章节" : "可用的章节锚点：" + string.Join("、", ids.Order(StringComparer.Ordinal).Select(i => "#" + i));
            problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                $"链接指向本文中不存在的章节“{Shorten(link.Url)}”。{known}。"));
        }
    }

    public static void CheckFiles(IReadOnlyList<MarkdownLink> links, string path, string contentRoot, List<ContentProblem> problems)
    {
        var folder = Attachments.FolderOf(path);
        foreach (var link in links.Where(l => l.IsLocalFile))
        {
            var what = link.IsImage ? "图片" : "附件";
            var relative = link.Url.Replace('\\', '/');
            var name = relative.StartsWith(folder + "/", StringComparison.Ordinal) ? relative[(folder.Length + 1)..] : null;
            if (name is null || !Attachments.IsPlainFileName(name))
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    $"{what}“{Shorten(link.Url)}”应放在与报告同名的文件夹 {folder}/ 中，并写成“{folder}/文件名”。"));
            }
            else if (!Attachments.TryGetContentType(name, out _))
            {
                problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                    $"{what}“{name}”的文件类型不能发布。只能使用 {Attachments.AllowedList} 文件。"));
            }
            else
            {
                switch (Attachments.Locate(contentRoot, folder, name, out _))
                {
                    case AttachmentLookup.Missing:
                        problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                            $"找不到{what}文件 {folder}/{name}。请把文件放进 {folder}/ 文件夹，或改正文件名（注意大小写和扩展名）。"));
                        break;
                    case AttachmentLookup.Linked:
                        problems.Add(new ContentProblem(path, link.Line, ProblemSeverity.Error,
                            $"{what} {folder}/{name} 是符号链接（快捷方式），不予发布：链接可能指向内容文件夹以外的任何文件。请把文件本身复制进 {folder}/ 文件夹。"));
                        break;
                }
            }
        }
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "…";
}
