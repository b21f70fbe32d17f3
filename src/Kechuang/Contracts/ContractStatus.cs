namespace Kechuang.Contracts;

/// <summary>
/// docs/domain.md §5: a received contract is decided once — registered (with a number) or refused (with a reason).
/// Stored as these words so the raw SQL of the import and the rollup read like the code.
/// </summary>
public static class ContractStatus
{
    public const string Received = "received";
    public const string Registered = "registered";
    public const string Refused = "refused";

    public static readonly IReadOnlyList<string> All = [Received, Registered, Refused];

    public static string Chinese(string status) => status switch
    {
        Received => "待登记",
        Registered => "已登记",
        Refused => "不予登记",
        _ => status,
    };

    /// <summary>The registry decides within 30 days of receipt (docs/domain.md §5); after 20 a contract is on the waiting list.</summary>
    public const int DecisionDays = 30;
    public const int WaitingAfterDays = 20;
}
