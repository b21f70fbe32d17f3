namespace Kechuang.Matching;

/// <summary>A broker's verdict on a suggested pair.</summary>
public enum Verdict
{
    Confirmed,
    Rejected,
}

/// <summary>A verdict on (need, achievement or expert).</summary>
public sealed record PairVerdict(string NeedId, MatchKind OtherKind, string OtherId, Verdict Verdict);

/// <summary>
/// Confirmed and rejected pairs (docs/domain.md § 产学研 — 检索与推荐). A later candidate pair (n, a) is compared with
/// each judged pair (n′, a′): similarity = sim(n, n′) × sim(a, a′), each the cosine of the two records' title and
/// keyword words. The candidate's score is multiplied by 1 + Σ confirmed similarity − Σ rejected
/// similarity, kept within [0.2, 2]: the judged pair itself moves most, pairs about the same things move less, and
/// the reason names the judged pair that moved it most. The latest verdict on a pair replaces an earlier one.
/// </summary>
public sealed class MatchFeedback
{
    internal const double ConfirmedWeight = 1.0;
    internal const double RejectedWeight = 1.0;
    internal const double MinFactor = 0.2;
    internal const double MaxFactor = 2.0;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string, MatchKind, string), PairVerdict> _verdicts = [];

    public void Confirm(string needId, string otherId, MatchKind otherKind = MatchKind.Achievement) =>
        Record(new PairVerdict(needId, otherKind, otherId, Verdict.Confirmed));

    public void Reject(string needId, string otherId, MatchKind otherKind = MatchKind.Achievement) =>
        Record(new PairVerdict(needId, otherKind, otherId, Verdict.Rejected));

    public void Record(PairVerdict verdict)
    {
        lock (_lock)
        {
            _verdicts[(verdict.NeedId, verdict.OtherKind, verdict.OtherId)] = verdict;
        }
    }

    public bool Forget(string needId, string otherId, MatchKind otherKind = MatchKind.Achievement)
    {
        lock (_lock)
        {
            return _verdicts.Remove((needId, otherKind, otherId));
        }
    }

    public IReadOnlyList<PairVerdict> Verdicts
    {
        get
        {
            lock (_lock)
            {
                return _verdicts.Values.ToList();
            }
        }
    }

    /// <summary>Cosine of two sets of words.</summary>
    internal static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared / Math.Sqrt(a.Count * (double)b.Count);
    }
}
