#:project ../../../src/LinshuReports.Traditional/LinshuReports.Traditional.csproj
// OpenCC's dictionaries in memory and one page's conversion. Usage: dotnet run -c Release tests/bench/traditional/measure.cs -- PAGE.html
// (PAGE.html: a simplified page as served, e.g. curl -o report.html http://localhost:5009/reports/2024/linshu-county).
using System.Diagnostics;
using LinshuReports.Traditional;
var before = GC.GetTotalMemory(true);
var sw = Stopwatch.StartNew();
var c = new ScriptConverters();
var t = c.ToTraditional;
var loadT = sw.Elapsed.TotalMilliseconds;
var afterT = GC.GetTotalMemory(true);
sw.Restart();
var s = c.ToSimplified;
var loadS = sw.Elapsed.TotalMilliseconds;
var afterS = GC.GetTotalMemory(true);
Console.WriteLine($"s2t: {(afterT - before) / 1048576.0:F1} MiB, loaded in {loadT:F0} ms; t2s: {(afterS - afterT) / 1048576.0:F1} MiB, {loadS:F0} ms");
var html = File.ReadAllText(args[0]);
for (var i = 0; i < 20; i++) HtmlTextConversion.Convert(html, t);
sw.Restart();
const int N = 200;
for (var i = 0; i < N; i++) HtmlTextConversion.Convert(html, t);
Console.WriteLine($"convert {html.Length} chars page: {sw.Elapsed.TotalMilliseconds / N:F2} ms");
GC.KeepAlive(t); GC.KeepAlive(s);
