using DocumentFormat.OpenXml.Wordprocessing;
using static Kechuang.Reports.Output.GbtDocx;

namespace Kechuang.Reports.Output;

/// <summary>
/// A bordered table across the text width, first row a header repeated on every page. Column widths follow the
/// text in them, and the font steps down from 小四 when even the narrowest layout would not fit.
/// </summary>
internal static class GbtTable
{
    private const int Margin = 80;
    private static readonly int[] Sizes = [Xiaosi, 21, 18];

    /// <param name="rows">The header first; every row as many cells as the header.</param>
    /// <param name="leftAligned">Columns of running text (names, sources), left-aligned; the rest are centred.</param>
    public static Table Build(IReadOnlyList<IReadOnlyList<string>> rows, ISet<int> leftAligned)
    {
        var size = Sizes.FirstOrDefault(s => Minimum(rows, s).Sum() <= TextWidth, Sizes[^1]);
        var widths = Widths(rows, size);
        var border = new Func<BorderType, BorderType>(b => { b.Val = BorderValues.Single; b.Size = 4; b.Color = "000000"; return b; });
        var table = new Table(
            new TableProperties
            {
                TableWidth = new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                TableJustification = new TableJustification { Val = TableRowAlignmentValues.Center },
                TableBorders = new TableBorders(
                    border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()),
                    border(new RightBorder()), border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = Margin, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = Margin, Type = TableWidthValues.Dxa }),
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var header = r == 0;
            var row = new TableRow(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));
            for (var c = 0; c < widths.Length; c++)
            {
                var text = c < rows[r].Count ? rows[r][c] : "";
                var align = !header && leftAligned.Contains(c) ? JustificationValues.Both : JustificationValues.Center;
                row.Append(new TableCell(
                    new TableCellProperties
                    {
                        TableCellWidth = new TableCellWidth { Width = Twips(widths[c]), Type = TableWidthUnitValues.Dxa },
                        TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
                    },
                    Paragraph(
                        new ParagraphProperties { SpacingBetweenLines = Exact(size * 15), Justification = new Justification { Val = align } },
                        Font(header ? Heiti : Fangsong, size),
                        text)));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>
    /// Every column as wide as its longest cell if that fits; otherwise narrow columns keep their width and the wide
    /// ones share the rest equally (never below their longest unbreakable run). Left-over width goes to all in proportion.
    /// </summary>
    internal static int[] Widths(IReadOnlyList<IReadOnlyList<string>> rows, int halfPoints)
    {
        var em = halfPoints * 10;
        var columns = rows[0].Count;
        var natural = Enumerable.Range(0, columns)
            .Select(c => rows.Max(r => (int)Math.Ceiling(Width(Cell(r, c)) * em)) + 2 * Margin + 20)
            .ToArray();
        var minimum = Minimum(rows, halfPoints);
        int[] widths;
        if (natural.Sum() <= TextWidth)
        {
            var spare = TextWidth - natural.Sum();
            widths = natural.Select(n => n + spare * n / natural.Sum()).ToArray();
        }
        else
        {
            // The level that, capping every wide column at it, fills the width exactly.
            int low = 0, high = TextWidth;
            while (low < high)
            {
                var level = (low + high + 1) / 2;
                if (Capped(natural, minimum, level).Sum() <= TextWidth) { low = level; } else { high = level - 1; }
            }
            widths = Capped(natural, minimum, low);
        }
        widths[Array.IndexOf(widths, widths.Max())] += TextWidth - widths.Sum();
        return widths;
    }

    private static int[] Capped(int[] natural, int[] minimum, int level) =>
        natural.Select((n, c) => Math.Max(minimum[c], Math.Min(n, level))).ToArray();

    /// <summary>The narrowest a column can be: its header on one line, and no run of digits or Latin broken.</summary>
    private static int[] Minimum(IReadOnlyList<IReadOnlyList<string>> rows, int halfPoints)
    {
        var em = halfPoints * 10;
        return Enumerable.Range(0, rows[0].Count)
            .Select(c => rows.Select((r, i) => i == 0 ? Width(Cell(r, c)) : Unbreakable(Cell(r, c))).Max())
            .Select(w => (int)Math.Ceiling(Math.Max(w, 1) * em) + 2 * Margin + 20)
            .ToArray();
    }

    private static double Unbreakable(string text) =>
        text.Split(' ').SelectMany(Runs).Select(Width).DefaultIfEmpty(0).Max();

    /// <summary>Chinese may break after any character; digits and Latin only at spaces.</summary>
    private static IEnumerable<string> Runs(string word)
    {
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || Width(word[i].ToString()) >= 1)
            {
                if (i > start) { yield return word[start..i]; }
                if (i < word.Length) { yield return word[i].ToString(); }
                start = i + 1;
            }
        }
    }

    private static string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? row[c] : "";
}
