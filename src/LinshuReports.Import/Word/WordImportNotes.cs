namespace LinshuReports.Import.Word;

/// <summary>What an import recognised and what it could not keep, counted as it goes, for the clerk's summary.</summary>
public sealed class WordImportNotes
{
    public int Headings { get; set; }

    public int Paragraphs { get; set; }

    public int Tables { get; set; }

    public int Insertions { get; set; }

    public int Deletions { get; set; }

    public int Comments { get; set; }

    public int DroppedAtEnd { get; set; }

    public int TextBoxes { get; set; }

    /// <summary>The 落款 found at the end (issuing body and date), taken out of the body.</summary>
    public string? Signature { get; set; }

    /// <summary>Content the importer cannot read, each kind with its count and what to do (<see cref="WordUnreadableContent"/>).</summary>
    public List<string> NotImported { get; } = [];

    /// <summary>Things the draft does not carry, each said once, in the order met.</summary>
    public List<string> Lost { get; } = [];

    public void Lose(string what)
    {
        if (!Lost.Contains(what))
        {
            Lost.Add(what);
        }
    }

    public IEnumerable<string> Summary()
    {
        yield return $"识别出 {Headings} 个标题、{Paragraphs} 个段落{(Tables > 0 ? $"、{Tables} 个表格" : string.Empty)}。";
        if (Insertions + Deletions > 0)
        {
            yield return $"文档中有修订：已接受 {Insertions} 处插入，删去 {Deletions} 处删除。请核对草稿是否为定稿内容。";
        }

        if (Comments > 0)
        {
            yield return $"文档中的 {Comments} 条批注没有导入。";
        }

        if (Signature is not null)
        {
            yield return $"文末落款“{Signature}”已取出，发布机关填入 publisher。";
        }

        if (TextBoxes > 0)
        {
            yield return $"文档中 {TextBoxes} 个文本框里的文字已放在所在段落之后（表格中的放在同一格里），请对照原件核对位置。";
        }

        if (DroppedAtEnd > 0)
        {
            yield return $"文末的抄送、印发等 {DroppedAtEnd} 段版记没有导入。";
        }

        foreach (var line in NotImported)
        {
            yield return line;
        }

        foreach (var lost in Lost)
        {
            yield return "未能保留：" + lost;
        }
    }
}
