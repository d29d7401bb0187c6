using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.TestSupport;

/// <summary>Counts Razor page executions, independently of the page cache it is used to test.</summary>
public sealed class RenderCounter : IAsyncPageFilter
{
    private int _renders;

    public int Renders => Volatile.Read(ref _renders);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Interlocked.Increment(ref _renders);
        return next();
    }

    /// <summary>Registers the counter on every page of a test site.</summary>
    public void AddTo(IServiceCollection services) => services.Configure<MvcOptions>(options => options.Filters.Add(this));
}
