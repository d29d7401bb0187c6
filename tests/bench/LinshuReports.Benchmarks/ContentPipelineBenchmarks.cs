using BenchmarkDotNet.Attributes;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Loading;

namespace LinshuReports.Benchmarks;

/// <summary>What a content change costs: parsing and rendering the 2024 report, and reloading every report.</summary>
[MemoryDiagnoser]
public class ContentPipelineBenchmarks
{
    private string _contentRoot = string.Empty;
    private byte[] _report2024 = [];

    [GlobalSetup]
    public void Setup()
    {
        _contentRoot = ContentFolderPath.Resolve(ContentFolderPath.Default);
        _report2024 = File.ReadAllBytes(Path.Combine(_contentRoot, "2024-linshu-county.md"));
    }

    [Benchmark]
    public object ParseAndRender2024Report() => ReportFileParser.Parse(_report2024, "2024-linshu-county.md", _contentRoot);

    [Benchmark]
    public object ReloadAllReports() => CatalogLoader.Load(_contentRoot);
}
