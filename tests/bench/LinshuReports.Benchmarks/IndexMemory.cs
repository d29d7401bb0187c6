using LinshuReports.Content.Loading;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Search;

namespace LinshuReports.Benchmarks;

/// <summary>
/// <c>--index-memory FOLDER</c>: the memory a search index over FOLDER's reports keeps, against the text it
/// covers (UTF-16, as .NET holds it). Measured as the managed heap's growth while one index is kept alive.
/// </summary>
internal static class IndexMemory
{
    public const string Argument = "--index-memory";

    public static void Measure(string folder)
    {
        var loading = System.Diagnostics.Stopwatch.StartNew();
        var catalog = CatalogLoader.Load(folder);
        loading.Stop();
        var text = catalog.Reports.Sum(r => (long)r.Metadata.Title.Length + r.Passages.Sum(p => p.Text.Length)) * sizeof(char);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var building = System.Diagnostics.Stopwatch.StartNew();
        var index = SearchIndex.Build(catalog.Reports);
        building.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);

        Console.WriteLine($"| loading {catalog.Reports.Count} reports, index included (first run, JIT included) | {loading.Elapsed.TotalSeconds:0.00} s |");
        Console.WriteLine($"| building the index again | {building.Elapsed.TotalSeconds:0.00} s |");
        Console.WriteLine($"| text the index covers, {catalog.Reports.Count} reports | {text / 1024.0 / 1024:0.0} MB |");
        Console.WriteLine($"| memory the index keeps | {(after - before) / 1024.0 / 1024:0.0} MB |");
        var folded = catalog.Reports.Sum(r => (long)r.TitlePassage.Folded.Length + r.Passages.Sum(p => p.Folded.Length)) * sizeof(char);
        Console.WriteLine($"| folded text the reports keep, folded while each file is read (UTF-16) | {folded / 1024.0 / 1024:0.0} MB |");
        Console.WriteLine($"| index ÷ text (target ≤ 4) | {(double)(after - before) / text:0.00} |");
    }
}
