namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// The switch is a plain link (GET): it only changes how pages look, works with JavaScript off, and
/// needs no antiforgery token. It sets the cookie and sends the reader back to the page they were on.
/// </summary>
public static class ReadingModeSwitchEndpoint
{
    public const string PathPrefix = "/reading-mode";
    public const string ReturnParameter = "return";

    public static string Href(ReadingMode target, string returnUrl) =>
        $"{PathPrefix}/{target.ToName()}?{ReturnParameter}={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapReadingModeSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(PathPrefix + "/{mode}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string mode) =>
        {
            if (!ReadingModeNames.TryParse(mode, out var target))
            {
                return Results.NotFound();
            }

            ReadingModeCookie.Write(context.Response, target, context.Request.IsHttps);
            context.Response.Headers.CacheControl = "no-store";
            // 303 See Other: the browser follows with a GET, whatever method reached the switch.
            context.Response.Headers.Location = LocalReturnUrl.Sanitize(context.Request.Query[ReturnParameter].ToString());
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        });
        return endpoints;
    }
}
