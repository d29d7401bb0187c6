using System.IO.Compression;

namespace LinshuReports.TestSupport;

/// <summary>A response body as the reader's browser sees it: undone from the Content-Encoding it was sent with.</summary>
public static class ContentDecoding
{
    public static byte[] Decode(byte[] bytes, string? encoding)
    {
        using Stream source = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var output = new MemoryStream();
        source.CopyTo(output);
        return output.ToArray();
    }

    public static async Task<string> DecodedTextAsync(this HttpResponseMessage response) =>
        System.Text.Encoding.UTF8.GetString(Decode(
            await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault()));
}
