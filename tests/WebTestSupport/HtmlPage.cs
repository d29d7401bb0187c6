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

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? readingMode = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (readingMode is not null)
        {
            request.Headers.Add("Cookie", $"reading={readingMode}.large.black-on-white");
        }

        return await client.SendAsync(request);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
