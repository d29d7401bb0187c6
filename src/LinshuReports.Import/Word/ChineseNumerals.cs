namespace LinshuReports.Import.Word;

/// <summary>Counting numbers as Word's automatic numbering shows them in a Chinese document.</summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    /// <summary>一 … 十 … 十九, 二十 … 九十九, as 公文 number their parts and sections (chineseCounting).</summary>
    public static string Counting(int n) => n switch
    {
        <= 0 or >= 100 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        < 10 => Digits[n].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString()),
    };

    /// <summary>Each digit as an ideograph: 2024 → 二〇二四 (ideographDigital).</summary>
    public static string DigitByDigit(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? Digits[c - '0'] : c));

    /// <summary>甲乙丙丁… (ideographTraditional), counting on past 癸 with numbers.</summary>
    public static string Stem(int n) =>
        n is >= 1 and <= 10 ? HeavenlyStems[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
