using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using LinshuReports.Content.Loading;

namespace LinshuReports.Benchmarks;

/// <summary>
/// What a Brotli quality costs per compression of the 2024 report's rendered text (the bulk of its page), and the
/// bytes it gives: the site compresses every render and every search at one quality (ContextModelingBrotliProvider).
/// </summary>
[MemoryDiagnoser]
public class BrotliQualityBenchmarks
{
    private byte[] _html = [];

    [Params(4, 5, 11)]
    public int Quality { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var contentRoot = ContentFolderPath.Resolve(ContentFolderPath.Default);
        var report = ReportFileParser.Parse(File.ReadAllBytes(Path.Combine(contentRoot, "2024-linshu-county.md")), "2024-linshu-county.md", contentRoot).Report!;
        _html = Encoding.UTF8.GetBytes(string.Concat(report.Sections.Select(s => s.Html)));
        Console.WriteLine($"// quality {Quality}: {_html.Length} bytes → {Compress().Length}");
    }

    [Benchmark]
    public byte[] Compress()
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, new BrotliCompressionOptions { Quality = Quality }))
        {
            brotli.Write(_html);
        }

        return output.ToArray();
    }
}
