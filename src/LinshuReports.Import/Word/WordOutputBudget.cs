namespace LinshuReports.Import.Word;

/// <summary>
/// What the draft and its pictures may hold: no more than the package unpacks to. Each part is written once, so a real
/// report's draft is far smaller; only a made-up file (a long number format on every paragraph, rows padded out to 63
/// empty cells) could make more, and it is refused while it is read, before memory or disk fill.
/// </summary>
public sealed class WordOutputBudget(long bytes)
{
    public const string Refusal = "导入后的草稿和图片比原件解压后还大，不像是正常的 Word 文档，可能是恶意构造的文件，已拒绝。请在 Word 中打开原件，另存为 .docx 后再导入。";

    private long _left = bytes;

    public void Spend(string text) => Spend(System.Text.Encoding.UTF8.GetByteCount(text));

    public void Spend(long count)
    {
        _left -= count;
        if (_left < 0)
        {
            throw new WordRefusedException(Refusal);
        }
    }
}
