using System.Text;

namespace LinshuReports.Traditional;

/// <summary>
/// OpenCC's conversion with its dictionaries, as its s2t and t2s configurations chain them: at each place the
/// longest phrase of the phrase dictionary, else the character dictionary's first choice, else the character as it
/// is. So 头发 becomes 頭髮 and 发展 發展, where a character table alone would give one of them wrong.
/// </summary>
public sealed class ChineseConverter
{
    private readonly Dictionary<string, string> _phrases;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _characterLookup;

    /// <summary>The longest phrase starting with each UTF-16 unit; 0 where none does, so most text costs one array read.</summary>
    private readonly byte[] _longestPhraseFrom = new byte[char.MaxValue + 1];

    private ChineseConverter(Dictionary<string, string> phrases, Dictionary<string, string> characters)
    {
        _phrases = phrases;
        _phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _characterLookup = characters.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in phrases.Keys)
        {
            ref var longest = ref _longestPhraseFrom[key[0]];
            longest = (byte)Math.Max(longest, Math.Min(key.Length, byte.MaxValue));
        }
    }

    /// <summary>简体 to 繁體: OpenCC's s2t (STPhrases, then STCharacters).</summary>
    public static ChineseConverter SimplifiedToTraditional() =>
        new(OpenCCDictionary.Load("STPhrases"), OpenCCDictionary.Load("STCharacters"));

    /// <summary>繁體 to 简体: OpenCC's t2s (TSPhrases, then TSCharacters).</summary>
    public static ChineseConverter TraditionalToSimplified() =>
        new(OpenCCDictionary.Load("TSPhrases"), OpenCCDictionary.Load("TSCharacters"));

    public int PhraseCount => _phrases.Count;

    public string Convert(string text)
    {
        var builder = new StringBuilder(text.Length);
        Convert(text, builder);
        return builder.ToString();
    }

    public void Convert(ReadOnlySpan<char> text, StringBuilder into)
    {
        var i = 0;
        while (i < text.Length)
        {
            i += ConvertOneAt(text, i, into);
        }
    }

    /// <summary>Converts the phrase or character at <paramref name="start"/> and returns how many units it took.</summary>
    private int ConvertOneAt(ReadOnlySpan<char> text, int start, StringBuilder into)
    {
        var rest = text[start..];
        for (var length = Math.Min((int)_longestPhraseFrom[rest[0]], rest.Length); length > 0; length--)
        {
            if (_phraseLookup.TryGetValue(rest[..length], out var phrase))
            {
                into.Append(phrase);
                return length;
            }
        }

        var characterLength = char.IsHighSurrogate(rest[0]) && rest.Length > 1 && char.IsLowSurrogate(rest[1]) ? 2 : 1;
        if (_characterLookup.TryGetValue(rest[..characterLength], out var character))
        {
            into.Append(character);
        }
        else
        {
            into.Append(rest[..characterLength]);
        }

        return characterLength;
    }
}
