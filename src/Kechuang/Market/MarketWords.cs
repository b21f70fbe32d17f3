namespace Kechuang.Market;

/// <summary>
/// The closed vocabularies of the 产学研 technology market (docs/domain.md §7.1): cooperation modes as the contract
/// types of 民法典 第三编第二十章 (技术开发、转让、许可、咨询) plus 共建 (a joint lab or centre), a need's status in the
/// market, the bureau's review of an enterprise's need, an achievement's stage of maturity.
/// </summary>
public static class MarketWords
{
    public static readonly IReadOnlyList<string> CooperationModes = ["技术开发", "技术转让", "技术许可", "技术咨询", "共建"];

    public const string Open = "征集中";
    public const string Matching = "对接中";
    public const string Cooperating = "已合作";
    public const string Closed = "已关闭";
    public static readonly IReadOnlyList<string> NeedStatuses = [Open, Matching, Cooperating, Closed];

    public const string Pending = "待审核";
    public const string Published = "已发布";
    public const string Returned = "已退回";
    public static readonly IReadOnlyList<string> ReviewStates = [Pending, Published, Returned];

    public static readonly IReadOnlyList<string> Stages = ["小试", "中试", "产业化"];

    /// <summary>How an achievement may change hands (促进科技成果转化法 第十六条): transfer, licence, shares, joint work.</summary>
    public static readonly IReadOnlyList<string> TransferModes = ["转让", "许可", "作价投资", "合作开发", "面议"];
}
