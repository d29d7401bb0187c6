using System.IO.Compression;
using System.Security.Cryptography;

namespace LinshuReports.Web.Caching;

/// <summary>
/// One page as sent: its bytes plain, Brotli- and gzip-compressed once, and a strong ETag for each,
/// so a request costs a lookup and a copy.
/// </summary>
public sealed class RenderedPage
{
    private RenderedPage(string contentType, byte[] identity)
    {
        ContentType = contentType;
        Identity = identity;
        Brotli = Compress(identity, s => new BrotliStream(s, CompressionLevel.SmallestSize));
        Gzip = Compress(identity, s => new GZipStream(s, CompressionLevel.SmallestSize));
        Tag = Convert.ToHexStringLower(SHA256.HashData(identity).AsSpan(0, 12));
    }

    public string ContentType { get; }

    public byte[] Identity { get; }

    public byte[] Brotli { get; }

    public byte[] Gzip { get; }

    /// <summary>The content hash; each encoding's ETag is derived from it, since a strong ETag names exact bytes.</summary>
    public string Tag { get; }

    public static RenderedPage Create(string contentType, byte[] body) => new(contentType, body);

    public (byte[] Body, string? Encoding, string ETag) Representation(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.Brotli => (Brotli, "br", $"\"{Tag}-br\""),
        ContentEncoding.Gzip => (Gzip, "gzip", $"\"{Tag}-gz\""),
        _ => (Identity, null, $"\"{Tag}\""),
    };

    /// <summary>Whether any of the client's cached ETags names this page, in any encoding.</summary>
    public bool IsNamedBy(string ifNoneMatch)
    {
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (tag == "*" || tag == $"\"{Tag}\"" || tag == $"\"{Tag}-br\"" || tag == $"\"{Tag}-gz\"")
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(data);
        }

        return output.ToArray();
    }
}
