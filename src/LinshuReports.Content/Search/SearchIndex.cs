using System.Text;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Search;

/// <summary>
/// Finds every passage that holds every word of a query, by scanning the folded text of all reports.
/// </summary>
/// <remarks>
/// <para>
/// Why a scan: a reader may search for any run of characters (段简, 是一段, across punctuation), and
/// Chinese has no spaces to cut words at, so any word list or segmenter misses phrases. A vectorised
/// ordinal <c>IndexOf</c> over one string of every passage's folded text finds every occurrence, needs no
/// structure beyond the text itself, and is milliseconds for a thousand reports (tests/bench/README.md).
/// </para>
/// <para>
/// Ranking, best first: a match in a report's title, then in a heading, then in the body; within each, more
/// occurrences of the words first; then the newer report, then the report's and the passage's own order.
/// </para>
/// </remarks>
public sealed class SearchIndex
{
    /// <summary>Between passages in the folded text: whitespace, which no query word contains, so no match spans two passages.</summary>
    private const char Separator = '\n';

    private readonly string _text;
    private readonly Entry[] _entries;
    private readonly int[] _starts;
    private readonly Dictionary<string, (int First, int End)> _byReport;

    private SearchIndex(string text, Entry[] entries, Dictionary<string, (int, int)> byReport)
    {
        _text = text;
        _entries = entries;
        _starts = entries.Select(e => e.Start).ToArray();
        _byReport = byReport;
    }

    public static SearchIndex Empty { get; } = Build([]);

    /// <summary>The number of characters scanned: the measure of the index's size.</summary>
    public int Length => _text.Length;

    /// <param name="reports">In catalog order (newest first), which is the ranking's last tie-break.</param>
    public static SearchIndex Build(IReadOnlyList<Report> reports)
    {
        var text = new StringBuilder();
        var entries = new List<Entry>();
        var byReport = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var first = entries.Count;
            foreach (var passage in report.Passages.Prepend(report.TitlePassage))
            {
                entries.Add(new Entry(report, passage, text.Length, passage.Folded.Length));
                text.Append(passage.Folded).Append(Separator);
            }

            byReport[report.Url] = (first, entries.Count);
        }

        return new SearchIndex(text.ToString(), [.. entries], byReport);
    }

    /// <param name="reportUrl">Only this report's passages, for 在本报告中搜索; null for every report.</param>
    /// <param name="take">How many of the best hits to return, in order.</param>
    public SearchResults Search(SearchQuery query, string? reportUrl, int take)
    {
        if (query.IsEmpty)
        {
            return SearchResults.None;
        }

        var (first, end) = reportUrl is null ? (0, _entries.Length) : _byReport.GetValueOrDefault(reportUrl);
        if (first >= end)
        {
            return SearchResults.None;
        }

        // The longest word is usually the rarest: find its passages first, then check the others only there.
        var terms = query.Terms.OrderByDescending(t => t.Length).ToArray();
        var best = new PriorityQueue<int, long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        var total = 0;
        var scanEnd = end < _entries.Length ? _starts[end] : _text.Length;
        var entry = first;
        var position = _starts[first];
        while (true)
        {
            var found = _text.AsSpan(position, scanEnd - position).IndexOf(terms[0], StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            position += found;
            while (entry + 1 < _entries.Length && _starts[entry + 1] <= position)
            {
                entry++;
            }

            var passage = _text.AsSpan(_entries[entry].Start, _entries[entry].Length);
            var occurrences = CountAll(passage, terms);
            if (occurrences > 0)
            {
                total++;
                Keep(best, entry, occurrences, take);
            }

            // The next passage: every occurrence in this one has been counted.
            position = _entries[entry].Start + _entries[entry].Length + 1;
            entry++;
            if (position >= scanEnd)
            {
                break;
            }
        }

        var hits = new SearchHit[best.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out var index, out var key);
            hits[i] = new SearchHit(_entries[index].Report, _entries[index].Passage, (int)(0xFFFFF - ((key >> 32) & 0xFFFFF)));
        }

        return new SearchResults(total, hits);
    }

    /// <summary>Every occurrence of every word, or 0 when one of them is missing.</summary>
    private static int CountAll(ReadOnlySpan<char> passage, string[] terms)
    {
        var total = 0;
        foreach (var term in terms)
        {
            var count = 0;
            for (var at = passage.IndexOf(term, StringComparison.Ordinal); at >= 0;)
            {
                count++;
                var next = passage[(at + term.Length)..].IndexOf(term, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + term.Length + next;
            }

            if (count == 0)
            {
                return 0;
            }

            total += count;
        }

        return total;
    }

    /// <summary>Keeps the <paramref name="take"/> best entries seen so far; the queue's head is the worst of them.</summary>
    private void Keep(PriorityQueue<int, long> best, int entry, int occurrences, int take)
    {
        if (take <= 0)
        {
            return;
        }

        // Smaller is better: kind, then more occurrences, then catalog order (newer year first) and passage order.
        var key = ((long)_entries[entry].Passage.Kind << 52) | ((long)(0xFFFFF - Math.Min(occurrences, 0xFFFFF)) << 32) | (uint)entry;
        if (best.Count < take)
        {
            best.Enqueue(entry, key);
        }
        else if (best.TryPeek(out _, out var worst) && key < worst)
        {
            best.DequeueEnqueue(entry, key);
        }
    }

    private readonly record struct Entry(Report Report, SearchPassage Passage, int Start, int Length);
}
