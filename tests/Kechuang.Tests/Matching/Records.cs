using Kechuang.Matching;

namespace Kechuang.Tests.Matching;

/// <summary>Small records for the engine's tests.</summary>
internal static class Records
{
    public static MatchRecord Need(string id, string title, string description = "", string field = "", string keywords = "", string holder = "", string region = "") =>
        new(id, MatchKind.Need, title, description, field, MatchRecord.SplitKeywords(keywords), holder, region);

    public static MatchRecord Achievement(string id, string title, string description = "", string field = "", string keywords = "", string holder = "", string region = "") =>
        new(id, MatchKind.Achievement, title, description, field, MatchRecord.SplitKeywords(keywords), holder, region);

    public static MatchEngine Engine(params MatchRecord[] records)
    {
        var engine = new MatchEngine();
        engine.PutAll(records);
        return engine;
    }

    public static List<string> Ids(IEnumerable<MatchHit> hits) => hits.Select(h => h.Record.Id).ToList();
}
