using System.Text;
using LinshuReports.Content.Catalog;
using LinshuReports.Content.Model;
using LinshuReports.Content.Search;
using LinshuReports.Content.Text;
using LinshuReports.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace LinshuReports.Content.Tests.Catalog;

/// <summary>
/// What one file can do to the catalog: nothing. A file that once crashed every reload is that file's problem, at its
/// line, with its last good version kept; and whatever reached the catalog, building it, scheduling it and searching it never throw.
/// </summary>
public sealed class FileFailureBoundaryTests : IDisposable
{
    private const string FileName = "2023-linshu-county.md";

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.Characters);

    [Theory]
    [MemberData(nameof(Files))]
    public void AReportEditedToHoldIt_KeepsItsLastGoodVersion_AndTheReloadSaysWhereAndWhy(HostileReports.HostileFile hostile)
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024, body: "## 一、总体情况\n\n另一篇。\n"));
        _folder.Write(FileName, ReportMarkdown.Valid(body: "## 一、总体情况\n\n上一个正确的版本。\n"));
        using var store = new LiveCatalog(_folder.Path, TimeSpan.Zero, _ => { });
        store.Reload();

        _folder.Write(FileName, hostile.Text);
        var outcome = store.Reload();

        Assert.Equal([2024, 2023], outcome.Catalog.Reports.Select(r => r.Metadata.Year));
        Assert.Contains("上一个正确的版本。", outcome.Catalog.Find(2023, "linshu-county")!.BodyHtml(), StringComparison.Ordinal);
        Assert.Contains(outcome.Catalog.Problems, p => p.Path == FileName && p.Line == hostile.Line && p.Message.Contains(hostile.Message, StringComparison.Ordinal));
        Assert.Single(outcome.Catalog.Search.Search(SearchQuery.Parse("另一篇"), null, 10).Best);
    }

    [Fact]
    public void ACatalogOfReportsHoldingEveryIllegalCharacterAndTheCalendarsEnds_IsBuiltScheduledAndSearched()
    {
        var illegal = new StringBuilder();
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (!Rune.IsValid(codePoint) || IllegalCharacters.IsIllegal(new Rune(codePoint)))
            {
                illegal.Append(Rune.IsValid(codePoint) ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString());
            }
        }

        // As if a file had slipped past the loader: the catalog is the last line, and it must hold.
        Report Holding(int year, DateOnly? date) => new(
            new ReportMetadata($"标题{illegal}{year}", year, "临沭县人民政府" + illegal, "通知公告", "linshu-county", date, Summary: illegal.ToString()),
            [], [], $"{year}-linshu-county.md",
            [new SearchPassage(null, [], $"正文{illegal}第{year}段", PassageKind.Body)]);
        var now = new FakeTimeProvider(new DateTimeOffset(2025, 3, 28, 0, 0, 0, TimeSpan.FromHours(8))).GetUtcNow();
        var zones = new[] { TimeSpan.FromHours(-12), TimeSpan.FromHours(8), TimeSpan.FromHours(14) }
            .Select(offset => new PublicationSchedule(TimeZoneInfo.CreateCustomTimeZone("test", offset, "test", "test")));

        var catalog = new ReportCatalog([Holding(2021, DateOnly.MinValue), Holding(2022, DateOnly.MaxValue), Holding(2023, null)], []);

        foreach (var schedule in zones)
        {
            Assert.Equal([2023, 2021], catalog.PublicAt(now, schedule).Reports.Select(r => r.Metadata.Year));
            Assert.Equal(schedule.GoesLiveAt(catalog.Find(2022, "linshu-county")!.Metadata), schedule.NextAfter(catalog.Reports, now));
        }

        Assert.Single(catalog.Search.Search(SearchQuery.Parse("第2023段"), null, 10).Best);
    }

    [Theory]
    [InlineData(-12)]
    [InlineData(14)]
    public void TheEndsOfTheCalendar_HaveAMoment_InAnyZoneChinaCanBeSetTo(int hours)
    {
        var schedule = new PublicationSchedule(TimeZoneInfo.CreateCustomTimeZone("test", TimeSpan.FromHours(hours), "test", "test"));
        ReportMetadata Dated(DateOnly date) => new("标题", 2023, "临沭县人民政府", "通知公告", "linshu-county", date);

        Assert.Equal(hours > 0 ? DateTimeOffset.MinValue : new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(hours)), schedule.GoesLiveAt(Dated(DateOnly.MinValue)));
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.FromHours(hours)), schedule.GoesLiveAt(Dated(DateOnly.MaxValue)));
    }
}
