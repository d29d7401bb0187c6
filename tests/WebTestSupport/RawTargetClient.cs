using System.Net;

namespace LinshuReports.TestSupport;

/// <summary>
/// An HTTP client that sends a request target exactly as written: System.Uri would otherwise decode <c>%6C</c>,
/// remove <c>/x/../</c> and escape a stray <c>%</c>, so the server would never see the spelling under test.
/// Redirects are not followed and no cookie is kept.
/// </summary>
public static class RawTargetClient
{
    private static readonly UriCreationOptions AsWritten = new() { DangerousDisablePathAndQueryCanonicalization = true };

    public static HttpClient Create() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public static Task<HttpResponseMessage> GetRawAsync(this HttpClient client, string baseUrl, string target) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl + target, AsWritten)));

    /// <summary>The status of a response whose body is read and thrown away.</summary>
    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string baseUrl, string target)
    {
        using var response = await client.GetRawAsync(baseUrl, target);
        return response.StatusCode;
    }
}
