using System.Text;

namespace Kechuang.Matching;

/// <summary>
/// `kechuang match recommend` (README "The `kechuang` command"): the top K achievements for each need of a file,
/// by the same engine and thesaurus as the registers, on the given records only. Output need_id,rank,achievement_id,
/// score, K rows per need (fewer only when the file has fewer than K achievements), needs in file order. When fewer
/// than K achievements share anything with a need, the rest are filled with score 0: first those of the need's
/// 技术领域, then in file order, so every need has its K rows. Everything is checked
/// before anything is written, and the output appears whole or not at all (written beside it, then moved).
/// </summary>
public static class RecommendFiles
{
    public static int Run(string needsPath, string achievementsPath, int top, string outPath, Thesaurus? thesaurus = null)
    {
        var needs = MatchCsv.Read(needsPath, MatchKind.Need);
        var achievements = MatchCsv.Read(achievementsPath, MatchKind.Achievement);
        var engine = new MatchEngine(thesaurus);
        engine.PutAll(achievements);
        var results = new IReadOnlyList<MatchHit>[needs.Count];
        Parallel.For(0, needs.Count, i => results[i] = Fill(engine.Recommend(needs[i], MatchKind.Achievement, top), needs[i], achievements, top));
        var output = new StringBuilder("need_id,rank,achievement_id,score\n");
        var rows = 0;
        for (var i = 0; i < needs.Count; i++)
        {
            for (var rank = 0; rank < results[i].Count; rank++)
            {
                output.Append(MatchCsv.Quote(needs[i].Id)).Append(',').Append(rank + 1).Append(',')
                    .Append(MatchCsv.Quote(results[i][rank].Record.Id)).Append(',')
                    .Append(results[i][rank].Score.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                rows++;
            }
        }
        var full = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            File.WriteAllText(temporary, output.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return rows;
    }

    private static IReadOnlyList<MatchHit> Fill(IReadOnlyList<MatchHit> hits, MatchRecord need, IReadOnlyList<MatchRecord> achievements, int top)
    {
        if (hits.Count >= top || hits.Count == achievements.Count)
        {
            return hits;
        }
        var taken = hits.Select(h => h.Record.Id).ToHashSet(StringComparer.Ordinal);
        var field = need.Field.Trim();
        var rest = achievements.Where(a => !taken.Contains(a.Id))
            .OrderBy(a => field.Length > 0 && a.Field.Trim() == field ? 0 : 1) // stable: file order within each
            .Take(top - hits.Count)
            .Select(a => new MatchHit(a, 0, MatchReasons.None));
        return [.. hits, .. rest];
    }
}
