using DocumentFormat.OpenXml.Wordprocessing;
using static Kechuang.Reports.Output.GbtDocx;

namespace Kechuang.Reports.Output;

/// <summary>
/// A bordered table across the text width, first row a header repeated on every page. Column widths follow the
/// text in them, and the font steps down from 小四 to 五号 or 小五 until the figures fit unbroken.
/// </summary>
internal static class GbtTable
{
    private const int Margin = 80;

    /// <summary>A text column narrower than this many characters reads as a column of stacked syllables.</summary>
    private const double TextMinimum = 6;

    private static readonly int[] Sizes = [Xiaosi, Wuhao, Xiaowu];

    /// <param name="rows">The header first; every row as many cells as the header.</param>
    /// <param name="leftAligned">Columns of running text (names, sources), left-aligned; the rest are centred.</param>
    /// <param name="keepWhole">Text columns whose cells up to this many characters must not wrap (考核指标 names: 12).</param>
    public static Table Build(IReadOnlyList<IReadOnlyList<string>> rows, ISet<int> leftAligned, IReadOnlyDictionary<int, double>? keepWhole = null)
    {
        keepWhole ??= new Dictionary<int, double>();
        var size = Sizes.FirstOrDefault(s => Fits(rows, leftAligned, s, keepWhole), Sizes[^1]);
        var widths = Widths(rows, leftAligned, size, keepWhole);
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
                var align = !header && leftAligned.Contains(c) ? JustificationValues.Left : JustificationValues.Center;
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
    /// Figures (the centred columns) are never wrapped: each is as wide as its longest cell, and the text columns share
    /// what is left, a short text keeping its width and the long ones capped at one level. Width to spare goes to all
    /// in proportion.
    /// </summary>
    internal static int[] Widths(IReadOnlyList<IReadOnlyList<string>> rows, ISet<int> text, int halfPoints, IReadOnlyDictionary<int, double>? keepWhole = null)
    {
        var natural = Natural(rows, halfPoints);
        var minimum = Minimum(rows, text, halfPoints, keepWhole);
        int[] widths;
        if (natural.Sum() <= TextWidth)
        {
            var spare = TextWidth - natural.Sum();
            widths = natural.Select(n => n + spare * n / natural.Sum()).ToArray();
        }
        else
        {
            // The level that, capping every text column at it (figures: the same only when nothing else fits), fills the width.
            var figures = natural.Select((n, c) => text.Contains(c) ? 0 : n).Sum();
            var capAll = figures + minimum.Where((_, c) => text.Contains(c)).Sum() > TextWidth;
            int low = 0, high = TextWidth;
            while (low < high)
            {
                var level = (low + high + 1) / 2;
                if (Capped(natural, minimum, text, capAll, level).Sum() <= TextWidth) { low = level; } else { high = level - 1; }
            }
            widths = Capped(natural, minimum, text, capAll, low);
        }
        widths[Array.IndexOf(widths, widths.Max())] += TextWidth - widths.Sum();
        return widths;
    }

    private static int[] Capped(int[] natural, int[] minimum, ISet<int> text, bool capAll, int level) =>
        natural.Select((n, c) => capAll || text.Contains(c) ? Math.Max(minimum[c], Math.Min(n, level)) : n).ToArray();

    /// <summary>Whether the figures fit on one line and each text column keeps <see cref="TextMinimum"/> characters.</summary>
    private static bool Fits(IReadOnlyList<IReadOnlyList<string>> rows, ISet<int> text, int halfPoints, IReadOnlyDictionary<int, double> keepWhole) =>
        Natural(rows, halfPoints).Select((n, c) => text.Contains(c) ? Math.Min(n, Minimum(rows, text, halfPoints, keepWhole)[c]) : n).Sum() <= TextWidth;

    private static int[] Natural(IReadOnlyList<IReadOnlyList<string>> rows, int halfPoints) =>
        Enumerable.Range(0, rows[0].Count).Select(c => Column(rows.Max(r => Width(Cell(r, c))), halfPoints)).ToArray();

    /// <summary>Text plus cell margins and some air: LibreOffice's CJK serif digits run wider than half a character.</summary>
    private static int Column(double characters, int halfPoints) => (int)Math.Ceiling(Math.Max(characters, 1) * halfPoints * 10) + 2 * Margin + 60;

    /// <summary>
    /// A text column's narrowest: <see cref="TextMinimum"/> characters (or its <paramref name="keepWhole"/>, as far as its
    /// longest cell needs), its header on one line, no number broken.
    /// </summary>
    private static int[] Minimum(IReadOnlyList<IReadOnlyList<string>> rows, ISet<int> text, int halfPoints, IReadOnlyDictionary<int, double>? keepWhole = null) =>
        Enumerable.Range(0, rows[0].Count)
            .Select(c => rows.Select((r, i) => i == 0 ? Width(Cell(r, c)) : Unbreakable(Cell(r, c)))
                .Append(!text.Contains(c) ? 0 : keepWhole?.GetValueOrDefault(c) is > 0 and var whole ? Math.Min(whole, rows.Max(r => Width(Cell(r, c)))) : TextMinimum)
                .Max())
            .Select(w => Column(w, halfPoints))
            .ToArray();

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
