namespace LinshuReports.Web.Exporting;

/// <summary>
/// What a generation was made of: each exported file with the site's strong ETag for its bytes, one
/// <c>file⇥etag</c> a line, beside the files. nginx never sends it (every exported address lies under a reading
/// folder). An instance that starts asks its own pages with these ETags: if every one is still current, so is the
/// export, and it stays where it is instead of being withdrawn and written again.
/// </summary>
public static class ExportManifest
{
    public const string FileName = "manifest.tsv";

    public static void Write(string generation, IReadOnlyDictionary<string, string> etags) =>
        File.WriteAllLines(Path.Combine(generation, FileName), etags.Select(e => $"{e.Key}\t{e.Value}"));

    /// <summary>The export's files and their ETags, or null when there is no whole manifest to trust (no export, one
    /// written before manifests, one damaged or edited by hand): the export is then written afresh.</summary>
    public static IReadOnlyDictionary<string, string>? Read(string export)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(export, FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !etags.TryAdd(parts[0], parts[1]))
            {
                return null;
            }
        }

        return etags;
    }
}
