using System.Text;
using LinshuReports.Traditional;
using LinshuReports.Web.ReadingModes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Traditional;

/// <summary>
/// For a reader in 繁體, converts each rendered HTML page after it is rendered and before it is compressed and
/// stored: the page cache keys pages by the script, so every later reader in 繁體 gets the stored, converted page.
/// Pages never stored (search results, status pages) are converted at every render, which about doubles a search's
/// time (tests/bench/README.md). Only Razor pages' HTML is converted; the feed, sitemap.xml and attachments stay as published.
/// </summary>
public sealed class TraditionalPageMiddleware(RequestDelegate next, ScriptConverters converters)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.GetReadingPreferences().IsTraditional || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (IsHtml(context.Response) && buffer.Length > 0)
        {
            var page = HtmlTextConversion.Convert(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), converters.ToTraditional);
            var bytes = Encoding.UTF8.GetBytes(page);
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsHtml(HttpResponse response) =>
        response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
        && !response.Headers.ContainsKey(HeaderNames.ContentEncoding);
}
