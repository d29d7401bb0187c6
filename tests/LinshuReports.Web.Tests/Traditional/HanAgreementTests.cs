namespace LinshuReports.Web.Tests.Traditional;

public sealed class HanAgreementTests
{
    [Theory]
    [InlineData("頭髮發展", "頭髮發展", 4, 4)]
    [InlineData("頭發發展", "頭髮發展", 3, 4)]
    [InlineData("2024年，發展", "2024年，發展", 3, 3)]
    [InlineData("發展了", "發展", 0, 2)]
    public void CountsTheReferencesHanCharactersThatAreInPlace(string ours, string reference, int same, int total)
    {
        var agreement = HanAgreement.Of([ours], [reference]);

        Assert.Equal((same, total), (agreement.Same, agreement.Total));
    }
}
