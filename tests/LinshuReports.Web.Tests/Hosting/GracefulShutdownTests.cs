using LinshuReports.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinshuReports.Web.Tests.Hosting;

/// <summary>Stopping the site (what SIGTERM does) lets a download in flight finish whole.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const int AttachmentSize = 32 * 1024 * 1024;
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task DownloadInFlight_CompletesWhenTheSiteIsStopped()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "2023-linshu-county"));
        _folder.WriteBytes("2023-linshu-county/report.pdf", new byte[AttachmentSize]);
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid(body: "[原件](2023-linshu-county/report.pdf)"));
        var site = KestrelSite.Serving(_folder.Path);
        await site.InitializeAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = site.BaseAddress };
            using var response = await client.GetAsync("/reports/2023/linshu-county/files/report.pdf", HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            var received = await body.ReadAsync(buffer);

            site.Factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                received += read;
                await Task.Delay(1);
            }

            Assert.Equal(AttachmentSize, received);
        }
        finally
        {
            await site.DisposeAsync();
        }
    }
}
