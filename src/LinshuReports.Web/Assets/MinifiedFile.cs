using System.Text;
using Microsoft.Extensions.FileProviders;
using NUglify;

namespace LinshuReports.Web.Assets;

/// <summary>A stylesheet or script, minified and kept in memory with the time and length of the source it came from.</summary>
public sealed class MinifiedFile : IFileInfo
{
    private readonly byte[] _bytes;
    private readonly long _sourceLength;

    private MinifiedFile(string name, DateTimeOffset lastModified, long sourceLength, byte[] bytes)
    {
        Name = name;
        LastModified = lastModified;
        _sourceLength = sourceLength;
        _bytes = bytes;
    }

    public static MinifiedFile Of(IFileInfo source, Func<string, UglifyResult> minifier)
    {
        string text;
        using (var reader = new StreamReader(source.CreateReadStream(), Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        return new MinifiedFile(source.Name, source.LastModified, source.Length,
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Minifier.Minify(text, minifier)));
    }

    /// <summary>True while the source is the one this was made from: a changed file has another time or length.</summary>
    public bool IsCopyOf(IFileInfo source) => source.LastModified == LastModified && source.Length == _sourceLength;

    public bool Exists => true;

    public bool IsDirectory => false;

    public long Length => _bytes.Length;

    /// <summary>None: the static file middleware would otherwise send the source file from disk.</summary>
    public string? PhysicalPath => null;

    public string Name { get; }

    public DateTimeOffset LastModified { get; }

    public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
}
