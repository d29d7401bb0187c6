using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// Resolves each request's reading mode (and, in elder mode, type size and colours) from its cookies and puts it on the request as a typed feature,
/// so every page (including 404 and error pages) renders the reader's mode on the server with no script.
/// </summary>
public sealed class ReadingModeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Features.Set<IReadingModeFeature>(new ReadingModeFeature(ReadingCookie.Read(context.Request).Effective()));

        // The same URL renders differently per cookie; shared caches must not hand one reader's mode to another.
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.Append(HeaderNames.Vary, HeaderNames.Cookie);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
