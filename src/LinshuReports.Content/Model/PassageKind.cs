namespace LinshuReports.Content.Model;

/// <summary>Where a passage stands in a report; search ranks a match in the title above one in a heading, and both above the body.</summary>
public enum PassageKind
{
    Title,
    Heading,
    Body,
}
