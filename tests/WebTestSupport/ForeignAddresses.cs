namespace LinshuReports.TestSupport;

/// <summary>
/// Every form of "send the reader off this site" that old elder-mode toolbars fell for, as a return address is
/// written raw. The open-redirect guard is tested once on these (LocalReturnUrlTests), and once end to end
/// through every switch, percent-encoded as a link carries them (HostileInputTests).
/// </summary>
public static class ForeignAddresses
{
    public static readonly IReadOnlyList<string> Raw =
    [
        "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "\\/evil.example", "/path\\..\\\\evil.example",
        "https://evil.example", "http:/evil.example", "http:evil.example", "javascript:alert(1)", "JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>", "evil.example", "/\t/evil.example", "\t//evil.example", "/\r\nLocation: https://evil.example",
        " //evil.example", "//%65vil.example",
    ];
}
