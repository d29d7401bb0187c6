using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace LinshuReports.Deploy.Tests;

/// <summary>
/// An HTTP/1.1 request sent to nginx over TLS byte for byte as written, for requests no HTTP client sends (no Host
/// header, a request line longer than nginx takes), and the response as it came: status, headers and body.
/// </summary>
public static class RawTlsRequest
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    public static async Task<Response> SendAsync(RunLocal run, string request)
    {
        var address = new Uri(run.BaseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false,
            (_, presented, _, _) => presented is not null && presented.GetCertHashString() == run.Certificate.GetCertHashString());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "localhost", ApplicationProtocols = [SslApplicationProtocol.Http11] });
        await tls.WriteAsync(Encoding.ASCII.GetBytes(request));

        // nginx closes the connection after an error it answers itself, so the response is everything until then.
        using var received = new MemoryStream();
        await tls.CopyToAsync(received);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, "no response head: " + text);
        var lines = text[..end].Split("\r\n");
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), (IEnumerable<string>)[parts[1].Trim()]));
        return new Response(int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture), SiteHeaders.Of(headers), text[(end + 4)..]);
    }
}
