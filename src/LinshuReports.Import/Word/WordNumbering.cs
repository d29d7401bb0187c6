using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// The number Word's automatic numbering shows before a paragraph (一、, （一）, 1.), resolved from
/// numbering.xml in document order, so a heading numbered by Word reads exactly as one typed by hand.
/// </summary>
public sealed class WordNumbering
{
    private readonly OpenXmlPart? _part;
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _definitions = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _seen = [];

    /// <summary>Each list and level by its number, read once; one defined twice (which Word never writes) counts by its first definition.</summary>
    public WordNumbering(MainDocumentPart document)
    {
        _part = document.NumberingDefinitionsPart;
        WordParts.Read(_part, () =>
        {
            var numbering = document.NumberingDefinitionsPart?.Numbering;
            foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            {
                if (instance.NumberID?.Value is { } id)
                {
                    _instances.TryAdd(id, instance);
                }
            }

            foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
            {
                if (definition.AbstractNumberId?.Value is { } id && !_definitions.ContainsKey(id))
                {
                    var levels = new Dictionary<int, Level>();
                    foreach (var level in definition.Elements<Level>())
                    {
                        levels.TryAdd(level.LevelIndex?.Value ?? 0, level);
                    }

                    _definitions[id] = levels;
                }
            }

            return _definitions;
        });
    }

    /// <summary>
    /// The paragraph's number as shown, or null when it has none; counts it, so call once per paragraph in order.
    /// A bulleted paragraph is a list item, whatever symbol Word draws.
    /// </summary>
    public WordNumber? Next(Paragraph paragraph, Style? style)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties ?? style?.StyleParagraphProperties?.NumberingProperties;
        var numberingId = properties?.NumberingId?.Val?.Value;
        var depth = Math.Clamp(properties?.NumberingLevelReference?.Val?.Value ?? 0, 0, 8);
        return numberingId is null or 0 ? null : WordParts.Read(_part, () => Next(numberingId.Value, depth));
    }

    private WordNumber? Next(int numberingId, int depth)
    {
        if (!_instances.TryGetValue(numberingId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !_definitions.TryGetValue(abstractId, out var levels)
            || !levels.TryGetValue(depth, out var level))
        {
            return null;
        }

        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int[9];
            _counters[abstractId] = counters;
        }

        // A list that Word restarts (a new instance with a start override) counts again from its start.
        var restart = _seen.Add(numberingId)
            ? instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == depth)?.StartOverrideNumberingValue?.Val?.Value
            : null;
        counters[depth] = restart ?? (counters[depth] == 0 ? StartOf(level) : counters[depth] + 1);
        for (var deeper = depth + 1; deeper < counters.Length; deeper++)
        {
            counters[deeper] = 0;
        }

        if (level.NumberingFormat?.Val?.Value == NumberFormatValues.Bullet)
        {
            return new WordNumber(null, depth);
        }

        var text = level.LevelText?.Val?.Value ?? string.Empty;
        for (var i = 0; i <= depth; i++)
        {
            var shown = levels.TryGetValue(i, out var outer) ? Format(Math.Max(counters[i], StartOf(outer)), outer) : counters[i].ToString(CultureInfo.InvariantCulture);
            text = text.Replace($"%{i + 1}", shown, StringComparison.Ordinal);
        }

        return new WordNumber(text, depth);
    }

    private static int StartOf(Level level) => level.StartNumberingValue?.Val?.Value ?? 1;

    private static string Format(int n, Level level)
    {
        var format = level.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.JapaneseCounting || format == NumberFormatValues.TaiwaneseCounting)
        {
            return ChineseNumerals.Counting(n);
        }

        if (format == NumberFormatValues.IdeographDigital || format == NumberFormatValues.TaiwaneseDigital)
        {
            return ChineseNumerals.DigitByDigit(n);
        }

        if (format == NumberFormatValues.IdeographTraditional)
        {
            return ChineseNumerals.Stem(n);
        }

        if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2)
        {
            return string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
        }

        if (format == NumberFormatValues.LowerLetter || format == NumberFormatValues.UpperLetter)
        {
            var letter = (char)('a' + ((n - 1) % 26));
            return (format == NumberFormatValues.UpperLetter ? char.ToUpperInvariant(letter) : letter).ToString();
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }
}
