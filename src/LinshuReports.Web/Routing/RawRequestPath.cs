using Microsoft.AspNetCore.Http.Features;

namespace LinshuReports.Web.Routing;

/// <summary>
/// The request's path as the client wrote it (<see cref="IHttpRequestFeature.RawTarget"/>), without the query.
/// Kestrel decodes <c>%6C</c> and removes <c>/x/../</c> before <see cref="HttpRequest.Path"/> is set, so many
/// spellings share one decoded path; nginx keys its cache on the spelling, so the site must tell them apart.
/// </summary>
public static class RawRequestPath
{
    /// <summary>The path as written; the decoded path, escaped, where the server keeps no raw target.</summary>
    public static string Of(HttpContext context)
    {
        var raw = RawTarget(context);
        if (raw is null)
        {
            return context.Request.PathBase.ToUriComponent() + context.Request.Path.ToUriComponent();
        }

        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }

    /// <summary>Whether the path was written exactly as it was decoded (no escapes, no dot segments), without allocating.</summary>
    public static bool IsAsDecoded(HttpContext context)
    {
        var raw = RawTarget(context);
        if (raw is null)
        {
            return true;
        }

        var path = raw.AsSpan();
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        var request = context.Request;
        return request.PathBase.HasValue
            ? path.SequenceEqual((request.PathBase + request.Path).Value)
            : path.SequenceEqual(request.Path.Value);
    }

    /// <summary>Whether the path was written as decoded and has no empty segment (<c>//</c>), which a file system would skip.</summary>
    public static bool IsOwnSpelling(HttpContext context) =>
        IsAsDecoded(context) && !context.Request.Path.Value.AsSpan().Contains("//", StringComparison.Ordinal);

    private static string? RawTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : null;
}
