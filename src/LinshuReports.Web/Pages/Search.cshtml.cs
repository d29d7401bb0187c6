using System.Globalization;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Content.Search;
using LinshuReports.Web.Caching;
using LinshuReports.Web.Searching;
using LinshuReports.Traditional;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace LinshuReports.Web.Pages;

/// <summary>站内搜索: every report, or one (<c>report=2024/linshu-county</c>), ten results a page.</summary>
[VariesByQuery]
[EnableRateLimiting(SearchLimits.Policy)]
public sealed class SearchModel(ICurrentCatalog catalogs, ScriptConverters converters) : PageModel
{
    public const int PageSize = 10;

    /// <summary>Results beyond this many pages are counted but not listed: nobody pages that far, and each page costs a larger selection.</summary>
    public const int MaxPages = 50;

    public SearchQuery Query { get; private set; } = SearchQuery.Parse(null);

    /// <summary>The report searched in, when the search is scoped to one.</summary>
    public Report? Scope { get; private set; }

    /// <summary>How many sections hold the words.</summary>
    public int Total { get; private set; }

    /// <summary>How many reports those sections come from.</summary>
    public int Reports { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; }

    public IReadOnlyList<SearchResultView> Results { get; private set; } = [];

    public IReadOnlyList<(int Year, int Count)> Years { get; private set; } = [];

    /// <summary>The value of the <c>report</c> parameter that scopes a search to <paramref name="report"/>.</summary>
    public static string ScopeOf(Report report) => $"{report.Metadata.Year}/{report.Metadata.Slug}";

    /// <param name="page">Read from the query by name: Razor Pages keeps the route value "page" for the page's own path.</param>
    public IActionResult OnGet(string? q, string? report, [FromQuery(Name = "page")] string? page)
    {
        var catalog = catalogs.Current;
        Query = SearchQuery.Parse(q);
        Scope = report?.Split('/') is [var year, var slug] && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            ? catalog.Find(y, slug)
            : null;
        Years = catalog.Years;
        PageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, MaxPages) : 1;

        // The index is in the reports' simplified characters: a query in 繁體 or mixed is folded by OpenCC's t2s.
        // The box keeps what the reader typed.
        var searched = q is null ? Query : SearchQuery.Parse(converters.ToSimplified.Convert(q));
        var results = catalog.Search.Search(searched, Scope?.Url, PageNumber * PageSize);
        Total = results.Total;
        Reports = results.Reports;
        PageCount = Math.Min(MaxPages, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Max(1, Math.Min(PageNumber, PageCount));
        Results = results.Best.Skip((PageNumber - 1) * PageSize).Select(hit => SearchResultView.For(hit, searched, results.Reports > 1)).ToList();

        // Results change only with the content, like every page; shared caches key them by the whole address.
        Response.Headers.CacheControl = StoredPageHeadersMiddleware.CacheControl;
        return Page();
    }

    public string PageHref(int number)
    {
        var query = new Dictionary<string, string?> { ["q"] = Query.Text };
        if (Scope is not null)
        {
            query["report"] = ScopeOf(Scope);
        }

        if (number > 1)
        {
            query["page"] = number.ToString(CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search", query);
    }
}
