// The Kestrel limit: the fewest steps ASP.NET Core takes to send a page held in memory (no middleware, no logging,
// one terminal delegate). tests/bench/run measures the site's cached report page against it, serving the same bytes.
// Usage: dotnet LinshuReports.KestrelLimit.dll PAGE-FILE --urls http://127.0.0.1:PORT
var page = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
app.Run();
