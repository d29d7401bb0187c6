namespace LinshuReports.Web.Tests.Traditional;

/// <summary>How many Han characters of one text are, in place, those of another of the same lines. A line whose
/// length differs counts all its Han characters as differing.</summary>
public sealed record HanAgreement(int Same, int Total, IReadOnlyList<string> Differences)
{
    public double Ratio => Total == 0 ? 0 : (double)Same / Total;

    public static HanAgreement Of(IReadOnlyList<string> ours, IReadOnlyList<string> reference)
    {
        if (ours.Count != reference.Count)
        {
            throw new ArgumentException($"{ours.Count} lines against the reference's {reference.Count}", nameof(ours));
        }

        var same = 0;
        var total = 0;
        var differences = new List<string>();
        for (var line = 0; line < ours.Count; line++)
        {
            var (a, b) = (ours[line], reference[line]);
            for (var i = 0; i < b.Length; i++)
            {
                if (!IsHan(b[i]))
                {
                    continue;
                }

                total++;
                if (a.Length == b.Length && a[i] == b[i])
                {
                    same++;
                }
                else if (a.Length != b.Length || differences.Count < 50)
                {
                    differences.Add(a.Length == b.Length ? $"{a[i]}≠{b[i]} in {b[Math.Max(0, i - 3)..Math.Min(b.Length, i + 4)]}" : $"line {line + 1}: {a} ≠ {b}");
                }
            }
        }

        return new HanAgreement(same, total, differences);
    }

    /// <summary>CJK Unified Ideographs and Extension A, where all of the report's characters are.</summary>
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
