using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LinshuReports.TestSupport;

/// <summary>Fetches a page and parses it, so tests assert on the DOM a reader's browser would build.</summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, string? readingMode = null)
    {
        using var response = await SendAsync(client, url, readingMode);
        return await ParseAsync(response);
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? readingMode = null) =>
        SendWithCookieAsync(client, url, readingMode is null ? null : $"reading={readingMode}.large.black-on-white");

    /// <summary>The page as a reader with this whole <c>Cookie</c> header gets it, e.g. <c>reading=elder.xlarge.yellow-on-black.traditional</c>.</summary>
    public static async Task<IHtmlDocument> GetWithCookieAsync(HttpClient client, string url, string? cookie)
    {
        using var response = await SendWithCookieAsync(client, url, cookie);
        return await ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string url, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
