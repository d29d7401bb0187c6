using System.Net;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>Pages are only read: a form or a tool that sends anything else is told so, in Chinese, and changes nothing.</summary>
public sealed class ReadOnlyPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/reports/2024/linshu-county")]
    [InlineData("DELETE", "/reports/2024/linshu-county")]
    [InlineData("PATCH", "/accessibility")]
    public async Task AnythingButReading_IsRefusedWithTheChineseExplanation(string method, string url)
    {
        using var response = await SendAsync(method, url);
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("不支持此操作", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task TheStatusPage_AnswersAnyMethod_SinceFailedRequestsOfEveryMethodAreShownThere()
    {
        using var response = await SendAsync("POST", "/status/404");
        using var document = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("找不到您要的页面", document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task Reading_IsAllowed(string method)
    {
        using var response = await site.CreateRawClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/reports/2024/linshu-county"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string url) =>
        site.CreateRawClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("x=1") });
}
