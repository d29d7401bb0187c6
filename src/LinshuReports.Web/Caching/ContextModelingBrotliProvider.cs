using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace LinshuReports.Web.Caching;

/// <summary>
/// Brotli at quality 5, one above the framework's Optimal (4): from 5 on, Brotli models each byte's context, which
/// for Chinese text in UTF-8 saves about a seventh of the bytes for about a third more time, a few hundredths of a
/// millisecond per page. Quality 11 saves a little more at 60 times the time, which every search would pay
/// (tests/bench/README.md, "Page weight").
/// </summary>
public sealed class ContextModelingBrotliProvider : ICompressionProvider
{
    public const int Quality = 5;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true);
}
