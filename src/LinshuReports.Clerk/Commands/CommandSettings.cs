using Microsoft.Extensions.Options;
using LinshuReports.Content.Loading;
using LinshuReports.Web.Hosting;

namespace LinshuReports.Clerk.Commands;

/// <summary>The content settings a command reads, bound and checked as the site binds them, so each means the same folder.</summary>
public static class CommandSettings
{
    /// <returns>Null, after telling the clerk why, when the configuration is invalid.</returns>
    public static ContentOptions? Content(IConfiguration configuration, TextWriter output)
    {
        try
        {
            return new ServiceCollection().AddSingleton(configuration).AddContentOptions().BuildServiceProvider()
                .GetRequiredService<IOptions<ContentOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            output.WriteLine($"配置错误：{ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// The folder a command works on when none is named: the site's own (Content:Root, resolved as the site resolves it)
    /// in the repository or wherever it is set; on a clerk's computer, which has neither, <c>content</c> in the current folder.
    /// </summary>
    public static string DefaultFolder(ContentOptions options, IConfiguration configuration) =>
        configuration[$"{ContentOptions.Section}:{nameof(ContentOptions.Root)}"] is null && !Directory.Exists(options.FullRoot)
            ? Path.GetFullPath(ContentFolderPath.Default)
            : options.FullRoot;
}
