namespace LinshuReports.Web.Hosting;

/// <summary>Configuration section <c>Content</c>; <c>Content__Root</c> in the environment sets the folder.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The folder of report files; relative paths are taken from the site root (the repository's top, or site/ when published).</summary>
    public string Root { get; set; } = "content";
}
