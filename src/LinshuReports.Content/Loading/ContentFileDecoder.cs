using System.Text;
using LinshuReports.Content.Model;

namespace LinshuReports.Content.Loading;

/// <summary>
/// Decodes a content file as strict UTF-8. Clerks on Windows often save Chinese text as GBK, which
/// would otherwise show as mojibake; such a file is refused with a message that says how to fix it.
/// </summary>
public static class ContentFileDecoder
{
    private static readonly Encoding StrictUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    static ContentFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string? Decode(byte[] bytes, string path, List<ContentProblem> problems)
    {
        try
        {
            return DecodeUtf8(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.Take(ex.Index).Count(b => b == (byte)'\n');
            var message = LooksLikeGb18030(bytes)
                ? "文件是 GBK/GB18030 编码，不是 UTF-8，中文会显示成乱码。请另存为 UTF-8：记事本中选“另存为”，编码选“UTF-8”。"
                : "文件不是 UTF-8 编码。请另存为 UTF-8：记事本中选“另存为”，编码选“UTF-8”。";
            problems.Add(new ContentProblem(path, line, ProblemSeverity.Error, message));
            return null;
        }
    }

    /// <summary>
    /// For pages saved from the old site, which often declared GBK: UTF-8 when the bytes are UTF-8, otherwise
    /// GB18030 (a superset of GBK). Only the import uses this; published files must be UTF-8.
    /// </summary>
    public static string DecodeUtf8OrGb18030(byte[] bytes)
    {
        try
        {
            return DecodeUtf8(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static string DecodeUtf8(byte[] bytes)
    {
        var text = StrictUtf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static bool LooksLikeGb18030(byte[] bytes)
    {
        var gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = gb18030.GetString(bytes);
            return text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
