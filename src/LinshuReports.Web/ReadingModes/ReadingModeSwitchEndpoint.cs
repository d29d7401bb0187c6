namespace LinshuReports.Web.ReadingModes;

/// <summary>
/// The switches are plain links (GET): they only change how pages look, work with JavaScript off, and
/// need no antiforgery token. Each sets its cookie and sends the reader back to the page they were on:
/// <c>/reading-mode/elder</c>, <c>/reading-mode/text-size/xlarge</c>, <c>/reading-mode/colour-scheme/yellow-on-black</c>.
/// </summary>
public static class ReadingModeSwitchEndpoint
{
    public const string PathPrefix = "/reading-mode";
    public const string ReturnParameter = "return";

    public static string Href(ReadingMode target, string returnUrl) =>
        $"{PathPrefix}/{target.ToName()}?{ReturnParameter}={Uri.EscapeDataString(LocalReturnUrl.Sanitize(returnUrl))}";

    public static string Href<T>(ReadingSetting<T> setting, T target, string returnUrl)
        where T : struct, Enum =>
        $"{PathPrefix}/{setting.Name}/{setting.ToName(target)}?{ReturnParameter}={Uri.EscapeDataString(LocalReturnUrl.Sanitize(returnUrl))}";

    public static IEndpointRouteBuilder MapReadingModeSwitch(this IEndpointRouteBuilder endpoints)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(PathPrefix + "/{mode}", methods, (HttpContext context, string mode) =>
            Switch(context, ReadingSettings.Mode, mode));
        endpoints.MapMethods(PathPrefix + "/" + ReadingSettings.Size.Name + "/{value}", methods, (HttpContext context, string value) =>
            Switch(context, ReadingSettings.Size, value));
        endpoints.MapMethods(PathPrefix + "/" + ReadingSettings.Scheme.Name + "/{value}", methods, (HttpContext context, string value) =>
            Switch(context, ReadingSettings.Scheme, value));
        return endpoints;
    }

    private static IResult Switch<T>(HttpContext context, ReadingSetting<T> setting, string requested)
        where T : struct, Enum
    {
        if (!setting.TryParse(requested, out var value))
        {
            return Results.NotFound();
        }

        setting.Write(context.Response, value, context.Request.IsHttps);
        context.Response.Headers.CacheControl = "no-store";

        // 303 See Other: the browser follows with a GET, whatever method reached the switch.
        context.Response.Headers.Location = LocalReturnUrl.Sanitize(context.Request.Query[ReturnParameter].ToString());
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
