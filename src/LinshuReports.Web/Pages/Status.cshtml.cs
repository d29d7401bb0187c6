using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LinshuReports.Web.Pages;

/// <summary>
/// The Chinese page shown for a 4xx or 5xx status; it keeps the status code it explains. A failed
/// request is re-executed here with its own method (a TRACE that got 405, say), so the page is
/// described before any handler is chosen rather than in an OnGet.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var parsed) ? parsed : StatusCodes.Status404NotFound;
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            StatusCodes.Status404NotFound => ("找不到您要的页面", "您访问的网址不存在，可能已经更改或输入有误。请检查网址，或从首页查找报告。"),
            StatusCodes.Status405MethodNotAllowed => ("不支持此操作", "本网站的页面只能浏览，不能提交或修改。请返回首页查阅报告。"),
            StatusCodes.Status429TooManyRequests => ("请稍后再试", "现在搜索的人较多，请稍等几秒钟再搜索。报告页面可以照常阅读。"),
            >= 500 => ("网站暂时出现问题", "服务器处理您的请求时出了错。请稍后再试；如果问题一直存在，请与我们联系。"),
            _ => ("无法完成您的请求", "您的请求无法处理。请返回首页，从报告列表重新进入。"),
        };
    }
}
