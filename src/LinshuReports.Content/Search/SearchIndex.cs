using System.Text;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Search;

/// <summary>
/// Finds every section that holds every word of a query, by scanning the folded text of all reports.
/// </summary>
/// <remarks>
/// <para>
/// Why a scan: a reader may search for any run of characters (段简, 是一段, across punctuation), and
/// Chinese has no spaces to cut words at, so any word list or segmenter misses phrases. A vectorised
/// ordinal <c>IndexOf</c> over one string of every passage's folded text finds every occurrence, needs no
/// structure beyond the text itself, and is milliseconds for a thousand reports (tests/bench/README.md).
/// </para>
/// <para>
/// A passage matches when it holds every word; a section (a heading and the text under it up to the next
/// heading; the title heads the text before the first) matches when one of its passages does, and is one
/// result however many of them match, so a heading and its paragraph are never listed twice.
/// </para>
/// <para>
/// Ranking, best first, as a reader would choose: sections whose own heading holds every word (the title counts
/// as the heading of its section); then sections where the words occur more often (every occurrence of every
/// word in the matching passages, heading included); then document order: the catalog's order (the newer
/// report first), then the order of sections in the report, so part 二 never comes before part 一 on equal terms.
/// </para>
/// </remarks>
public sealed class SearchIndex
{
    /// <summary>Between passages in the folded text: whitespace, which no query word contains, so no match spans two passages.</summary>
    private const char Separator = '\n';

    private const int MaxOccurrences = 0xFFFFF;

    private readonly string _text;
    private readonly Entry[] _entries;
    private readonly SearchSection[] _sections;
    private readonly int[] _starts;
    private readonly Dictionary<string, (int First, int End)> _byReport;

    private SearchIndex(string text, Entry[] entries, SearchSection[] sections, Dictionary<string, (int, int)> byReport)
    {
        _text = text;
        _entries = entries;
        _sections = sections;
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
        var sections = new List<SearchSection>();
        var byReport = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var first = entries.Count;
            var passages = report.Passages.Prepend(report.TitlePassage).ToList();
            var openings = Openings(passages);
            for (var i = 0; i < passages.Count; i++)
            {
                var passage = passages[i];
                var opensSection = i == 0 || passage.Anchor != passages[i - 1].Anchor;
                if (opensSection)
                {
                    sections.Add(SectionAt(report, passage, openings[i]));
                }

                var isHeading = opensSection && passage.Kind is PassageKind.Title or PassageKind.Heading;
                entries.Add(new Entry(passage, sections.Count - 1, isHeading, text.Length, passage.Folded.Length));
                text.Append(passage.Folded).Append(Separator);
            }

            byReport[report.Url] = (first, entries.Count);
        }

        return new SearchIndex(text.ToString(), [.. entries], [.. sections], byReport);
    }

    /// <param name="reportUrl">Only this report's sections, for 在本报告中搜索; null for every report.</param>
    /// <param name="take">How many of the best sections to return, in order.</param>
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
        var ranking = new Ranking(this, take);
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
                ranking.Add(_entries[entry], entry, occurrences);
            }

            // The next passage: every occurrence in this one has been counted.
            position = _entries[entry].Start + _entries[entry].Length + 1;
            entry++;
            if (position >= scanEnd)
            {
                break;
            }
        }

        return ranking.Results();
    }

    /// <summary>For each passage, the first passage of text (not a heading) at or after it.</summary>
    private static SearchPassage?[] Openings(List<SearchPassage> passages)
    {
        var openings = new SearchPassage?[passages.Count];
        SearchPassage? next = null;
        for (var i = passages.Count - 1; i >= 0; i--)
        {
            next = passages[i].Kind == PassageKind.Body ? passages[i] : next;
            openings[i] = next;
        }

        return openings;
    }

    /// <summary>The section that <paramref name="first"/> opens: a heading (or the title) names it; text whose heading is empty goes by the nearest named one.</summary>
    private static SearchSection SectionAt(Report report, SearchPassage first, SearchPassage? opening)
    {
        var path = first.HeadingPath;
        var heading = first.Kind is PassageKind.Title or PassageKind.Heading ? first.Text
            : path.Count > 0 ? path[^1]
            : report.Metadata.Title;
        return new SearchSection(report, first.Anchor, heading, path.Count > 1 ? path[0] : null, opening);
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

    /// <param name="Section">Index into the sections.</param>
    /// <param name="IsHeading">Whether this passage is its section's own heading (or the report's title).</param>
    private readonly record struct Entry(SearchPassage Passage, int Section, bool IsHeading, int Start, int Length);

    /// <summary>A matching section as its matching passages are met, which come in document order, one section after another.</summary>
    private struct Match(int section)
    {
        public readonly int Section = section;
        public int Occurrences;
        public bool InHeading;
        public int Passage = -1;
        public int PassageOccurrences;
    }

    /// <summary>Gathers matching passages into sections and keeps the best <c>take</c> sections seen so far.</summary>
    private sealed class Ranking(SearchIndex index, int take)
    {
        // The queue's head is the worst section kept.
        private readonly PriorityQueue<Match, long> _best = new(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        private Match? _current;
        private Report? _lastReport;
        private int _total;
        private int _reports;

        public void Add(Entry entry, int passage, int occurrences)
        {
            if (_current is not { } current || current.Section != entry.Section)
            {
                Close();
                current = new Match(entry.Section);
            }

            current.Occurrences = Math.Min(MaxOccurrences, current.Occurrences + occurrences);
            if (entry.IsHeading)
            {
                current.InHeading = true;
            }
            else if (occurrences > current.PassageOccurrences)
            {
                (current.Passage, current.PassageOccurrences) = (passage, occurrences);
            }

            _current = current;
        }

        public SearchResults Results()
        {
            Close();
            var hits = new SearchHit[_best.Count];
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                var match = _best.Dequeue();
                var passage = match.Passage < 0 ? null : index._entries[match.Passage].Passage;
                hits[i] = new SearchHit(index._sections[match.Section], passage, match.Occurrences, match.InHeading);
            }

            return new SearchResults(_total, hits, _reports);
        }

        /// <summary>The current section has no more matching passages: count it, and keep it if it is among the best.</summary>
        private void Close()
        {
            if (_current is not { } match)
            {
                return;
            }

            _current = null;
            _total++;
            var report = index._sections[match.Section].Report;
            if (!ReferenceEquals(report, _lastReport))
            {
                (_lastReport, _reports) = (report, _reports + 1);
            }

            if (take <= 0)
            {
                return;
            }

            // Smaller is better: heading, then more occurrences, then document order (sections are numbered in catalog order).
            var key = ((match.InHeading ? 0L : 1L) << 52) | ((long)(MaxOccurrences - match.Occurrences) << 32) | (uint)match.Section;
            if (_best.Count < take)
            {
                _best.Enqueue(match, key);
            }
            else if (_best.TryPeek(out _, out var worst) && key < worst)
            {
                _best.DequeueEnqueue(match, key);
            }
        }
    }
}
