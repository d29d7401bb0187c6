using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LinshuReports.Import.Word;

/// <summary>
/// The document's styles by id, looked up once per paragraph: a style defined twice (which Word never writes) is read
/// by its first definition, as the numbering is, and a list of many thousand styles costs no more per paragraph.
/// </summary>
public sealed class WordStyles
{
    private readonly Dictionary<string, Style> _byId = [];

    public WordStyles(MainDocumentPart document)
    {
        Part = document.StyleDefinitionsPart;
        foreach (var style in document.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }
    }

    /// <summary>The part the styles come from (styles.xml), named when reading one fails.</summary>
    public OpenXmlPart? Part { get; }

    public Style? ById(string? id) => id is not null && _byId.TryGetValue(id, out var style) ? style : null;
}
