using Microsoft.AspNetCore.Diagnostics;

namespace LinshuReports.Web.Hosting;

/// <summary>
/// The local address the reader asked for. On a 404 or error page the request has been re-executed
/// under another path, and the reader must still return to the address they typed.
/// </summary>
public static class CurrentPageUrl
{
    public static string Of(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return failed.Path;
        }

        return context.Request.PathBase.ToUriComponent() + context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
    }
}
