using System.Reflection;

namespace LinshuReports.Traditional;

/// <summary>
/// One of OpenCC's text dictionaries, as the npm package <c>opencc</c> 1.4.2 ships it under <c>data/dictionary/</c>:
/// a line is a key, a tab and its values separated by spaces; the first value is OpenCC's choice.
/// </summary>
internal static class OpenCCDictionary
{
    public static Dictionary<string, string> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"opencc/{name}.txt")
            ?? throw new InvalidOperationException($"OpenCC dictionary {name}.txt is not embedded in the site.");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.IndexOf('\t') is not (> 0 and var tab))
            {
                continue;
            }

            var values = line.AsSpan(tab + 1).Trim();
            var space = values.IndexOf(' ');
            entries[line[..tab]] = (space < 0 ? values : values[..space]).ToString();
        }

        return entries;
    }
}
