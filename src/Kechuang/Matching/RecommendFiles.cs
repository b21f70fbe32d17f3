using System.Text;

namespace Kechuang.Matching;

/// <summary>
/// `kechuang match recommend` (README "The `kechuang` command"): the top K achievements for each need of a file,
/// by the same engine and thesaurus as the registers, on the given records only. Output need_id,rank,achievement_id,
/// score, K rows per need (fewer when fewer achievements match at all), needs in file order. Everything is checked
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
        Parallel.For(0, needs.Count, i => results[i] = engine.Recommend(needs[i], MatchKind.Achievement, top));
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
}
