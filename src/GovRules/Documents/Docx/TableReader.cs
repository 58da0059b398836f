using System.Xml.Linq;

namespace GovRules.Documents.Docx;

/// <summary>
/// Reads a w:tbl into a table block: rows of cell texts (a cell's paragraphs joined by "\n", nested
/// tables flattened into the cell), rows dropped or kept by the view of tracked row changes.
/// </summary>
internal sealed class TableReader(BodyWalker walker)
{
    /// <summary>The table as a block; its text is the cells joined by tabs and the rows by newlines.</summary>
    public RawBlock Read(XElement table, int depth)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in Unwrap(table, "tr"))
        {
            if (!RowExists(row)) continue;
            rows.Add(Unwrap(row, "tc").Select(cell => CellText(cell, depth)).ToList());
        }
        return new RawBlock
        {
            Kind = BlockKind.Table,
            Text = string.Join("\n", rows.Select(r => string.Join("\t", r))),
            Rows = rows,
        };
    }

    private bool RowExists(XElement row)
    {
        var properties = row.ChildW("trPr");
        var inserted = properties?.ChildW("ins") is not null;
        var deleted = properties?.ChildW("del") is not null;
        if (!inserted && !deleted) return true;
        walker.State.HasTrackedChanges = true;
        return walker.State.View == ChangeView.Accept ? !deleted : !inserted;
    }

    private string CellText(XElement cell, int depth)
    {
        var lines = walker.ReadNested(cell.Elements(), depth).Select(block => block.Kind switch
        {
            BlockKind.ListItem => $"{block.ListLabel} {block.Text}",
            _ => block.Text,
        });
        return string.Join("\n", lines);
    }

    // Rows and cells may stand inside content controls or custom XML wrappers.
    private static IEnumerable<XElement> Unwrap(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.IsW(localName)) yield return child;
            else if (child.IsW("sdt") && child.ChildW("sdtContent") is { } content)
                foreach (var inner in Unwrap(content, localName)) yield return inner;
            else if (child.IsW("customXml"))
                foreach (var inner in Unwrap(child, localName)) yield return inner;
        }
    }
}
