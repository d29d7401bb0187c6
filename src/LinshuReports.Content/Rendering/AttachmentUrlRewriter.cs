using AngleSharp.Dom;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// Staff write "2024-linshu-county/图1.png", which also previews in their editor; readers fetch it from
/// the report's own address, <c>/reports/2024/linshu-county/files/图1.png</c>.
/// </summary>
public static class AttachmentUrlRewriter
{
    public static void Rewrite(IElement root, string sourcePath, string reportUrl)
    {
        var prefix = Attachments.FolderOf(sourcePath) + "/";
        foreach (var (element, attribute) in root.QuerySelectorAll("a[href]").Select(e => (e, "href"))
                     .Concat(root.QuerySelectorAll("img[src]").Select(e => (e, "src"))))
        {
            var url = Uri.UnescapeDataString(element.GetAttribute(attribute)!);
            if (url.StartsWith(prefix, StringComparison.Ordinal) && Attachments.IsPlainFileName(url[prefix.Length..]))
            {
                element.SetAttribute(attribute, Attachments.UrlFor(reportUrl, url[prefix.Length..]));
            }
        }
    }
}
