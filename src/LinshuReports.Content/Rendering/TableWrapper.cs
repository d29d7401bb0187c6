using AngleSharp.Dom;

namespace LinshuReports.Content.Rendering;

/// <summary>
/// A wide table must not push a phone page sideways: each table scrolls inside its own box, which
/// keyboard users can focus and screen readers announce.
/// </summary>
public static class TableWrapper
{
    public static void Wrap(IElement root)
    {
        var number = 0;
        foreach (var table in root.QuerySelectorAll("table").ToList())
        {
            var wrapper = root.Owner!.CreateElement("div");
            wrapper.ClassName = "table-wrap";
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("aria-label", $"表格{++number}（可左右滚动）");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }
}
