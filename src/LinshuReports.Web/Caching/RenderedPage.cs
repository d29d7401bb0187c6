using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace LinshuReports.Web.Caching;

/// <summary>
/// One page as sent: its bytes plain, Brotli- and gzip-compressed once, and a strong ETag for each,
/// so a request costs a lookup and a copy.
/// </summary>
public sealed class RenderedPage
{
    public RenderedPage(string contentType, byte[] identity)
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

    /// <summary>What the page costs the cache: all three encodings.</summary>
    public long Size => Identity.Length + Brotli.Length + Gzip.Length;

    /// <summary>An upper bound on <see cref="Size"/> before compressing: neither encoder grows data by more than a few bytes per block.</summary>
    public static long MaxSizeOf(int identityLength) => 3L * identityLength + 1024;

    public (byte[] Body, string? Encoding, string ETag) Representation(ContentEncoding encoding) => encoding switch
    {
        ContentEncoding.Brotli => (Brotli, "br", $"\"{Tag}-br\""),
        ContentEncoding.Gzip => (Gzip, "gzip", $"\"{Tag}-gz\""),
        _ => (Identity, null, $"\"{Tag}\""),
    };

    /// <summary>Whether any of the client's cached ETags names this page, in any encoding (weak comparison, as RFC 9110 asks of If-None-Match).</summary>
    public bool IsNamedBy(IList<string> ifNoneMatch)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        foreach (var tag in tags)
        {
            var opaque = tag.Tag.AsSpan().Trim('"');
            if (tag.Tag.Equals("*", StringComparison.Ordinal)
                || opaque.SequenceEqual(Tag)
                || (opaque.StartsWith(Tag) && opaque[Tag.Length..] is "-br" or "-gz"))
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
