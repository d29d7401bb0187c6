using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

/// <summary>The Chinese page shown for a 4xx or 5xx status; it keeps the status code it explains.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("找不到您要的页面", "您访问的网址不存在，可能已经更改或输入有误。请检查网址，或从首页查找报告。"),
            >= 500 => ("网站暂时出现问题", "服务器处理您的请求时出了错。请稍后再试；如果问题一直存在，请与我们联系。"),
            _ => ("无法完成您的请求", "您的请求无法处理。请返回首页，从报告列表重新进入。"),
        };
    }
}
