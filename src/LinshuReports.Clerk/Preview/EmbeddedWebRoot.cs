using Microsoft.Extensions.FileProviders;

namespace LinshuReports.Clerk.Preview;

/// <summary>The site's wwwroot, built into this program (see the project file), so a preview needs no folder beside it.</summary>
public static class EmbeddedWebRoot
{
    public static IFileProvider Files { get; } = new ManifestEmbeddedFileProvider(typeof(EmbeddedWebRoot).Assembly, "wwwroot");
}
