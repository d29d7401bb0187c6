using System.Text;

namespace LinshuReports.TestSupport;

/// <summary>A throw-away content folder, so tests can add, break and delete reports without touching content/.</summary>
public sealed class TempContentFolder : IDisposable
{
    public TempContentFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "linshu-content-" + Guid.NewGuid().ToString("N"));

    public string Write(string fileName, string text)
    {
        var file = FileIn(fileName);
        File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return file;
    }

    public string WriteBytes(string fileName, byte[] bytes)
    {
        var file = FileIn(fileName);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    /// <summary>The file's full path, its folder created: a report's attachments sit in a folder beside it.</summary>
    private string FileIn(string fileName)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        return file;
    }

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public void CopyFrom(string file) => File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
