namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// The switches are plain links (GET): they only change how pages look, work with JavaScript off, and
/// need no antiforgery token. <c>/reading-mode/{setting}/{value}</c> for each of <see cref="ReadingSettings"/>
/// (<c>/reading-mode/mode/elder</c>, <c>/reading-mode/text-size/xlarge</c>, …) sets the reading cookie and sends the
/// reader back to the page they were on.
/// </summary>
public static class ReadingModeSwitchEndpoint
{
    public const string PathPrefix = "/reading-mode";
    public const string ReturnParameter = "return";

    public static string Href<T>(ReadingSetting<T> setting, T target, string returnUrl)
        where T : struct, Enum =>
        $"{PathPrefix}/{setting.Name}/{setting.NameOf(target)}?{ReturnParameter}={Uri.EscapeDataString(LocalReturnUrl.Sanitize(returnUrl))}";

    public static IEndpointRouteBuilder MapReadingModeSwitch(this IEndpointRouteBuilder endpoints)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(PathPrefix + "/{setting}/{value}", methods, (HttpContext context, string setting, string value) =>
            ReadingSettings.All.FirstOrDefault(s => string.Equals(s.Name, setting, StringComparison.Ordinal)) is { } found
                ? Switch(context, found, value)
                : Results.NotFound());

        // The mode switch's address before the table (/reading-mode/elder), still in pages cached and bookmarked then.
        endpoints.MapMethods(PathPrefix + "/{value}", methods, (HttpContext context, string value) =>
            Switch(context, ReadingSettings.Mode, value));
        return endpoints;
    }

    private static IResult Switch(HttpContext context, IReadingSetting setting, string requested)
    {
        if (!setting.TryApply(requested, ReadingCookie.Read(context.Request), out var choices))
        {
            return Results.NotFound();
        }

        ReadingCookie.Write(context, choices);
        context.Response.Headers.CacheControl = "no-store";

        // 303 See Other: the browser follows with a GET, whatever method reached the switch.
        context.Response.Headers.Location = LocalReturnUrl.Sanitize(context.Request.Query[ReturnParameter].ToString());
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
