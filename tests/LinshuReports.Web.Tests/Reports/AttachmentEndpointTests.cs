using System.Net;
using System.Net.Http.Headers;
using LinshuReports.TestSupport;

namespace LinshuReports.Web.Tests.Reports;

/// <summary>A report's pictures and attachments at its own address, and never anything else from the content folder.</summary>
public sealed class AttachmentEndpointTests : IDisposable
{
    private const string Files = "/reports/2023/linshu-county/files/";
    private static readonly byte[] Pdf = "%PDF-1.4 临沭县法治政府建设报告全文"u8.ToArray();

    private readonly ContentSite _site = new(folder =>
    {
        folder.WriteBytes("2023-linshu-county/全文.pdf", Pdf);
        folder.Write("2023-linshu-county/notes.txt", "内部备注");
        folder.WriteBytes("2023-linshu-county/.draft.pdf", "%PDF-1.4 未定稿"u8.ToArray());
        folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "[下载全文](2023-linshu-county/全文.pdf)"));
    });

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task AnAttachmentBesideTheReport_IsServedWithItsType()
    {
        using var page = await _site.Client.GetAsync("/reports/2023/linshu-county");
        Assert.Contains(Files + "%E5%85%A8%E6%96%87.pdf", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var pdf = await _site.Client.GetAsync(Files + "%E5%85%A8%E6%96%87.pdf");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnInterruptedDownload_CanResumeWhereItStopped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Files + "%E5%85%A8%E6%96%87.pdf");
        request.Headers.Range = new RangeHeaderValue(8, null);

        using var rest = await _site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(Pdf[8..], await rest.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_GivesTheSizeWithoutTheFile()
    {
        using var head = await _site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Files + "%E5%85%A8%E6%96%87.pdf"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(Pdf.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(Files + "notes.txt")]
    [InlineData(Files + ".draft.pdf")]
    [InlineData(Files + "missing.pdf")]
    [InlineData(Files + "..%2F2023-linshu-county.md")]
    [InlineData(Files + "%2E%2E%2F%2E%2E%2F2023-linshu-county.md")]
    [InlineData("/reports/2022/linshu-county/files/%E5%85%A8%E6%96%87.pdf")]
    [InlineData("/reports/2023/qingyun-town/files/%E5%85%A8%E6%96%87.pdf")]
    public async Task AnythingElse_IsNotFound(string url)
    {
        using var response = await _site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("内部备注", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAttachment_CannotBeChanged()
    {
        using var put = await _site.Client.PutAsync(Files + "%E5%85%A8%E6%96%87.pdf", new ByteArrayContent("%PDF-1.4 伪造"u8.ToArray()));
        using var pdf = await _site.Client.GetAsync(Files + "%E5%85%A8%E6%96%87.pdf");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(Pdf, await pdf.Content.ReadAsByteArrayAsync());
    }
}
