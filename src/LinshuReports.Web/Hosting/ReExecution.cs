using Microsoft.AspNetCore.Diagnostics;

namespace LinshuReports.Web.Hosting;

public static class ReExecution
{
    /// <summary>
    /// Whether this request is an error or status page re-executed for a failed one: it answers for another
    /// address, so it has no canonical address of its own, is never redirected and never cached.
    /// </summary>
    public static bool IsReExecuted(this HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
