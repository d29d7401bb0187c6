using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace LinshuReports.TestSupport;

/// <summary>
/// A filter around every Razor page handler that does what a test asks for searches whose <c>q</c> is
/// <see cref="Hold"/> (wait until released, keeping whatever the request holds) or starts with <see cref="Fail"/>
/// (throw, as an unexpected bug would). Any other request, the status page re-executed with the same query
/// included, goes through untouched.
/// </summary>
public sealed class PageGate : IAsyncPageFilter
{
    public const string Hold = "gate-hold";

    public const string Fail = "gate-fail";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>How many requests are waiting at the gate now.</summary>
    public int Held => Volatile.Read(ref _held);

    public void AddTo(IServiceCollection services) => services.Configure<MvcOptions>(mvc => mvc.Filters.Add(this));

    public void Release() => _release.TrySetResult();

    public Task WaitUntilHeldAsync(int count) =>
        Eventually.TrueAsync(() => Held >= count, $"fewer than {count} requests reached the gate");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var query = request.Path == "/search" ? request.Query["q"].ToString() : string.Empty;
        if (query == Hold)
        {
            Interlocked.Increment(ref _held);
            await _release.Task;
            Interlocked.Decrement(ref _held);
        }
        else if (query.StartsWith(Fail, StringComparison.Ordinal))
        {
            Throw(query);
        }

        await next();
    }

    /// <summary>Two kinds of failure, told apart by the query's last letter: each its own type and method.</summary>
    private static void Throw(string query)
    {
        if (query.EndsWith('b'))
        {
            ThrowOtherKind();
        }

        throw new InvalidOperationException("a test failure of kind a");
    }

    private static void ThrowOtherKind() => throw new FormatException("a test failure of kind b");
}
