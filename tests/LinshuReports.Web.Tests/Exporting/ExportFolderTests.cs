using LinshuReports.TestSupport;
using LinshuReports.Web.Exporting;

namespace LinshuReports.Web.Tests.Exporting;

/// <summary>nginx's root (<c>current</c>) always names one whole generation, and old ones do not pile up.</summary>
public sealed class ExportFolderTests : IDisposable
{
    private static readonly ExportedPage Home = new("/", null, "identity");

    private readonly TempContentFolder _root = new();

    public void Dispose() => _root.Dispose();

    private string Generations => Path.Combine(_root.Path, "generations");

    private string[] GenerationNames() => Directory.GetDirectories(Generations).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string Publish(ExportFolder folder, string text)
    {
        var generation = folder.BeginGeneration();
        ExportFolder.Write(generation, Home, System.Text.Encoding.UTF8.GetBytes(text));
        folder.Publish(generation);
        return Path.GetFileName(generation[..^".partial".Length]);
    }

    private string CurrentHome() => File.ReadAllText(Path.Combine(_root.Path, "current", Home.File));

    [Fact]
    public void AGenerationBeingWritten_IsNotCurrent()
    {
        var folder = new ExportFolder(_root.Path);

        var generation = folder.BeginGeneration();
        ExportFolder.Write(generation, Home, "第一版"u8);

        Assert.False(Path.Exists(folder.Current));
        Assert.EndsWith(".partial", generation, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_MakesTheGenerationCurrent_ThenTheNextReplacesIt()
    {
        var folder = new ExportFolder(_root.Path);

        var first = Publish(folder, "第一版");
        Assert.Equal("第一版", CurrentHome());
        Assert.Equal(Path.Combine("generations", first), new FileInfo(folder.Current).LinkTarget);

        Publish(folder, "第二版");
        Assert.Equal("第二版", CurrentHome());
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_root.Path), e => Path.GetFileName(e).StartsWith("current.", StringComparison.Ordinal));
    }

    [Fact]
    public void Publishing_KeepsTheOneBefore_ForRequestsStillReadingIt_AndRemovesOlderOnes()
    {
        var folder = new ExportFolder(_root.Path);

        var first = Publish(folder, "一");
        var second = Publish(folder, "二");
        Assert.Equal([first, second], GenerationNames());

        var third = Publish(folder, "三");
        Assert.Equal([second, third], GenerationNames());
    }

    [Fact]
    public void AnotherInstancesNewerGeneration_IsNotRemoved()
    {
        var folder = new ExportFolder(_root.Path);
        var ours = folder.BeginGeneration();
        var theirs = Publish(new ExportFolder(_root.Path), "他们的");

        ExportFolder.Write(ours, Home, "我们的"u8);
        folder.Publish(ours);

        Assert.Contains(theirs, GenerationNames());
        Assert.Equal("我们的", CurrentHome());
    }

    [Fact]
    public void AnotherInstancesGenerationInProgress_IsLeftAlone_ButAnAbandonedOneIsRemoved()
    {
        var folder = new ExportFolder(_root.Path);
        var inProgress = new ExportFolder(_root.Path).BeginGeneration();
        var crashed = new ExportFolder(_root.Path).BeginGeneration();
        Directory.SetLastWriteTimeUtc(crashed, DateTime.UtcNow.AddHours(-2));

        Publish(folder, "新");

        Assert.True(Directory.Exists(inProgress));
        Assert.False(Directory.Exists(crashed));
    }

    [Fact]
    public async Task TwoInstancesPublishingAtOnce_NeverFail_AndLeaveOneWholeCurrentGeneration()
    {
        var instances = Enumerable.Range(0, 2).Select(i => Task.Run(() =>
        {
            var folder = new ExportFolder(_root.Path);
            for (var n = 0; n < 25; n++)
            {
                Publish(folder, $"实例{i}第{n}版");
            }
        }));

        await Task.WhenAll(instances);

        Assert.StartsWith("实例", CurrentHome(), StringComparison.Ordinal);
        Assert.InRange(GenerationNames().Length, 1, 4);
    }

    [Fact]
    public void Withdrawing_TakesTheExportOutOfNginxsWay_UntilTheNextIsPublished()
    {
        var folder = new ExportFolder(_root.Path);
        var first = Publish(folder, "旧");

        folder.Withdraw();

        Assert.False(Path.Exists(folder.Current));
        Assert.Null(new FileInfo(folder.Current).LinkTarget);
        Assert.Contains(first, GenerationNames());
        folder.Withdraw();
        Publish(folder, "新");
        Assert.Equal("新", CurrentHome());
    }

    [Fact]
    public void AnAbandonedGeneration_IsRemoved_AndCurrentStays()
    {
        var folder = new ExportFolder(_root.Path);
        Publish(folder, "旧");
        var generation = folder.BeginGeneration();
        ExportFolder.Write(generation, Home, "半"u8);

        ExportFolder.Abandon(generation);

        Assert.False(Directory.Exists(generation));
        Assert.Equal("旧", CurrentHome());
    }
}
