using LinshuReports.Content.Catalog;
using LinshuReports.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Content.Tests.Catalog;

/// <summary>Drafts and scheduled reports, driven by a fake clock: no sleeping, no file changes.</summary>
public sealed class ScheduledPublicationTests : IDisposable
{
    /// <summary>2025-03-27 23:59 in Beijing: one minute before a report dated 2025-03-28 goes live.</summary>
    private static readonly DateTimeOffset JustBefore = new(2025, 3, 27, 23, 59, 0, TimeSpan.FromHours(8));

    private readonly TempContentFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(JustBefore);

    public void Dispose() => _folder.Dispose();

    private LiveCatalog Store() => new(_folder.Path, TimeSpan.Zero, _ => { }, _clock);

    private static string Dated(int year, string extra) =>
        ReportMarkdown.Valid(year: year).Replace("category: 通知公告", "category: 通知公告\n" + extra, StringComparison.Ordinal);

    [Fact]
    public void AScheduledReport_GoesLiveAtMidnightBeijingTime_WithoutAReload()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid());
        _folder.Write("2024-linshu-county.md", Dated(2024, "date: 2025-03-28"));
        using var store = Store();
        store.Reload();

        Assert.Equal([2023], store.Current.Reports.Select(r => r.Metadata.Year));
        Assert.Null(store.Current.Find(2024, "linshu-county"));
        Assert.Empty(store.Current.Search.Search(Content.Search.SearchQuery.Parse("总体情况"), "/reports/2024/linshu-county", 10).Best);

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Null(store.Current.Find(2024, "linshu-county"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(store.Current.Find(2024, "linshu-county"));
        Assert.Equal([2024, 2023], store.Current.Reports.Select(r => r.Metadata.Year));
        Assert.NotEmpty(store.Current.Search.Search(Content.Search.SearchQuery.Parse("总体情况"), "/reports/2024/linshu-county", 10).Best);
    }

    [Fact]
    public void ADraft_IsNeverPublic_HoweverTimePasses()
    {
        _folder.Write("2024-linshu-county.md", Dated(2024, "draft: true\ndate: 2025-03-28"));
        using var store = Store();
        store.Reload();

        _clock.Advance(TimeSpan.FromDays(400));

        Assert.Empty(store.Current.Reports);
    }

    [Fact]
    public void AReportScheduledMonthsAhead_StillGoesLiveOnItsDay()
    {
        _folder.Write("2024-linshu-county.md", Dated(2024, "date: 2025-09-01"));
        using var store = Store();
        store.Reload();

        _clock.Advance(new DateTimeOffset(2025, 8, 31, 23, 0, 0, TimeSpan.FromHours(8)) - JustBefore);
        Assert.Empty(store.Current.Reports);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(store.Current.Reports);
    }

    [Fact]
    public void WhileNobodyGoesLive_TheCatalogReadersHaveIsKept()
    {
        _folder.Write("2023-linshu-county.md", ReportMarkdown.Valid());
        _folder.Write("2024-linshu-county.md", Dated(2024, "date: 2026-01-01"));
        using var store = Store();
        store.Reload();
        var before = store.Current;

        _clock.Advance(TimeSpan.FromDays(3));

        Assert.Same(before, store.Current);
    }
}
