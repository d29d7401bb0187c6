// The Kestrel limit: the fewest steps ASP.NET Core takes to send a page held in memory (no middleware, no logging,
// one terminal delegate). tests/bench/run measures the site's cached report page against it, serving the same bytes.
// With a headers file (one "Name: value" a line, as curl -D writes them) it also sends the site's own response
// headers, to tell what the pipeline costs from what the headers' bytes cost.
// Usage: dotnet LinshuReports.KestrelLimit.dll PAGE-FILE [HEADERS-FILE] --urls http://127.0.0.1:PORT
var page = File.ReadAllBytes(args[0]);
var withHeaders = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal);
var headers = withHeaders
    ? File.ReadAllLines(args[1])
        .Select(line => line.Split(':', 2, StringSplitOptions.TrimEntries))
        .Where(parts => parts.Length == 2 && parts[0].Length > 0
            && !new[] { "content-length", "date", "server", "transfer-encoding", "connection", "keep-alive" }.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
        .Select(parts => (Name: parts[0], Value: parts[1]))
        .ToArray()
    : [("Content-Type", "text/html; charset=utf-8")];
var builder = WebApplication.CreateSlimBuilder(args[(withHeaders ? 2 : 1)..]);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.Run(context =>
{
    foreach (var (name, value) in headers)
    {
        context.Response.Headers.Append(name, value);
    }

    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
app.Run();
