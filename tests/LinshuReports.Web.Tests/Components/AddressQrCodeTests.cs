using System.Text.RegularExpressions;
using Bunit;
using LinshuReports.Web.Components;

namespace LinshuReports.Web.Tests.Components;

/// <summary>The printed page's QR code: exactly the modules QRCoder computes for the page's address, drawn with no style or script.</summary>
public sealed partial class AddressQrCodeTests : BunitContext
{
    [Theory]
    [InlineData("https://reports.example.test/reports/2024/linshu-county")]
    [InlineData("https://reports.example.test/")]
    public void TheDrawnModules_AreTheLibrarysMatrixForTheAddress(string address)
    {
        var cut = Render<AddressQrCode>(p => p.Add(c => c.Address, address));

        var expected = AddressQrCode.Matrix(address);
        var drawn = Module().Matches(cut.Find("path").GetAttribute("d")!).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToHashSet();
        var dark = Enumerable.Range(0, expected.Count).SelectMany(y => Enumerable.Range(0, expected[y].Count).Where(x => expected[y][x]).Select(x => (x, y))).ToHashSet();

        Assert.Equal(dark, drawn);
        Assert.Equal($"0 0 {expected.Count} {expected.Count}", cut.Find("svg").GetAttribute("viewBox"));
        Assert.Contains(address, cut.Find("svg").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.DoesNotContain("style=", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentAddresses_GiveDifferentCodes() =>
        Assert.NotEqual(
            Render<AddressQrCode>(p => p.Add(c => c.Address, "https://reports.example.test/a")).Find("path").GetAttribute("d"),
            Render<AddressQrCode>(p => p.Add(c => c.Address, "https://reports.example.test/b")).Find("path").GetAttribute("d"));

    [GeneratedRegex(@"M(\d+) (\d+)h1v1h-1z")]
    private static partial Regex Module();
}
