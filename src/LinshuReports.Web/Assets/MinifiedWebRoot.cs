using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace LinshuReports.Web.Assets;

/// <summary>
/// The web root as readers get it: stylesheets and scripts minified, so that the files in wwwroot keep their comments
/// (why each rule is there) and readers download none of them. The static files, their versions
/// (<c>asp-append-version</c> hashes what this provider gives) and so nginx's copies are all the minified bytes.
/// </summary>
/// <remarks>
/// A file is minified once, when first asked for, and again only once it has changed (another time or length), never
/// per request. Everything else, and any file the minifier cannot read, is the source's own.
/// </remarks>
public sealed class MinifiedWebRoot(IFileProvider source) : IFileProvider
{
    private readonly ConcurrentDictionary<string, MinifiedFile> _minified = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = source.GetFileInfo(subpath);
        if (!file.Exists || file.IsDirectory || Minifier.For(subpath) is not { } minifier)
        {
            return file;
        }

        if (_minified.TryGetValue(subpath, out var known) && known.IsCopyOf(file))
        {
            return known;
        }

        var fresh = MinifiedFile.Of(file, minifier);
        _minified[subpath] = fresh;
        return fresh;
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => source.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => source.Watch(filter);
}
