using LinshuReports.TestSupport;

namespace LinshuReports.Clerk.Tests.Commands;

/// <summary>
/// <c>check</c> on files that used to crash it (a stack overflow cannot be caught) or hang it, run in a child
/// process as a clerk would run it, so that a crash fails this test instead of ending the test run.
/// </summary>
public sealed class HostileContentCheckTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<HostileReports.HostileFile> Files() => new(HostileReports.All);

    [Fact]
    public async Task ContentRootFromTheEnvironment_IsTheFolderChecked()
    {
        _folder.Write("2023-linshu-county.md", "没有前置信息的文件");

        var (exit, output) = await LinshuProcess.RunAsync(["check"], new Dictionary<string, string> { ["Content__Root"] = _folder.Path });

        Assert.Equal(1, exit);
        Assert.Contains(_folder.Path + "/2023-linshu-county.md:", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Check_FinishesWithAClearMessageAtTheLine(HostileReports.HostileFile hostile)
    {
        _folder.Write("2024-linshu-county.md", ReportMarkdown.Valid(year: 2024));
        _folder.Write("2023-linshu-county.md", hostile.Text);

        var (exit, output) = await LinshuProcess.RunAsync(["check", "--content", _folder.Path]);

        Assert.Contains($"2023-linshu-county.md:{hostile.Line}: ", output, StringComparison.Ordinal);
        Assert.Contains(hostile.Message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        if (hostile == HostileReports.UnclosedTags)
        {
            // Unclosed "<a" is not a tag: only the real tag on the later line is worth a warning.
            Assert.Equal(0, exit);
        }
        else
        {
            Assert.Equal(1, exit);
        }
    }
}
