using Microsoft.Extensions.Options;
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
}
