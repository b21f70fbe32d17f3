using Kechuang.Common.Excel;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Contracts.Import;

/// <summary>
/// Writes the good rows straight into the register, a batch at a time, upserting by 登记编号: a row is inserted
/// unless its number is already in the register; only those rows are then looked up — a number met earlier in the
/// file (created by this import, or a pre-existing contract already met) is a duplicate, one registered by a region
/// the caller cannot write is refused, the rest are updates. The rollup's changes are summed here per (county, month,
/// type) — a few thousand keys at most, however long the file — and added at the end.
/// </summary>
/// <remarks>
/// Before a batch is written, its sellers and buyers that are register enterprises are checked against the register
/// (<see cref="Enterprises.EnterpriseReference"/>): one query per batch, so the check costs no memory per row.
/// </remarks>
internal sealed class ContractUpsert(ContractWriter writer, Caller caller,
    Func<IEnumerable<string?>, CancellationToken, Task<Dictionary<string, string>>> register)
{
    public const int BatchSize = 4096;

    private readonly List<StagedContract> _batch = new(BatchSize);
    private readonly ImportIds _ids = new();
    private readonly Dictionary<RollupKey, RollupDelta> _rollup = [];
    private readonly string _number = ContractColumns.Header("registrationNo");

    public List<ImportError> Errors { get; } = [];
    public int BadRows { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    public async ValueTask AddAsync(StagedContract row, CancellationToken ct)
    {
        _batch.Add(row);
        if (_batch.Count == BatchSize)
        {
            await FlushAsync(ct);
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_batch.Count == 0)
        {
            return;
        }
        await RefuseForeignPartiesAsync(ct);
        var rows = new List<(Guid, StagedContract)>(_batch.Count);
        foreach (var row in _batch)
        {
            rows.Add((_ids.Next(row.Row), row));
        }
        var inserted = await writer.InsertNewAsync(rows, ct);
        var conflicts = new List<StagedContract>();
        for (var i = 0; i < _batch.Count; i++)
        {
            if (inserted[i])
            {
                Created++;
                Add(_batch[i], 1);
            }
            else
            {
                conflicts.Add(_batch[i]);
            }
        }
        if (conflicts.Count > 0)
        {
            await ResolveAsync(conflicts, ct);
        }
        _batch.Clear();
    }

    /// <summary>
    /// The rows whose number was already in the register when they came to be written, in file order: a duplicate of
    /// an earlier row, a contract of a region the caller cannot write, or one to update.
    /// </summary>
    private async Task ResolveAsync(List<StagedContract> conflicts, CancellationToken ct)
    {
        var matched = await writer.FindAsync(conflicts.Select(r => r.RegistrationNo!).ToHashSet(StringComparer.Ordinal), ct);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var updates = new List<(Guid, StagedContract)>();
        var seen = new List<(string, int)>();
        foreach (var row in conflicts)
        {
            var number = row.RegistrationNo!;
            var old = matched.GetValueOrDefault(number) ?? throw new InvalidOperationException($"登记编号 {number} conflicted but is not in the register");
            var earlier = first.TryGetValue(number, out var f) ? f
                : _ids.TryRow(old.Id, out var created) ? created
                : old.SeenRow;
            var foreign = !caller.Region.Covers(old.SellerRegionCode);
            if (earlier is null)
            {
                first[number] = row.Row;
                seen.Add((number, row.Row));
            }
            if (earlier is not null || foreign)
            {
                BadRows++;
                if (earlier is { } e)
                {
                    Keep(new ImportError(row.Row, _number, number, $"与第 {e} 行的登记编号重复"));
                }
                if (foreign)
                {
                    Keep(new ImportError(row.Row, _number, number, "该登记编号的合同由其他辖区登记，当前账号不能修改"));
                }
                continue;
            }
            updates.Add((old.Id, row));
            // Unchanged rows cancel out: the contract leaves its old month and comes back with the same values.
            if (old.Status == ContractStatus.Registered && old.Period is { } period)
            {
                Add(new RollupKey(old.SellerRegionCode, period, old.Type), new RollupDelta(-1, -old.Turnover, -old.TechTransaction));
            }
            Add(row, 1);
        }
        var changed = await writer.UpdateAsync(updates, ct);
        await writer.SeenAsync(seen, ct);
        Updated += changed;
        Unchanged += updates.Count - changed;
    }

    /// <summary>Drops from the batch the rows whose seller or buyer the register places in another region than stated.</summary>
    private async Task RefuseForeignPartiesAsync(CancellationToken ct)
    {
        var known = await register(_batch.Select(r => r.SellerUscc).Concat(_batch.Select(r => r.BuyerUscc)), ct);
        if (known.Count == 0)
        {
            return;
        }
        _batch.RemoveAll(row =>
        {
            var seller = Enterprises.EnterpriseReference.Disagreement(known, row.SellerUscc, row.SellerRegionCode, "卖方");
            var buyer = Enterprises.EnterpriseReference.Disagreement(known, row.BuyerUscc, row.BuyerRegionCode, "买方");
            if (seller is not null)
            {
                Keep(new ImportError(row.Row, ContractColumns.Header("sellerRegionCode"), row.SellerRegionCode, seller));
            }
            if (buyer is not null)
            {
                Keep(new ImportError(row.Row, ContractColumns.Header("buyerRegionCode"), row.BuyerRegionCode, buyer));
            }
            if (seller is null && buyer is null)
            {
                return false;
            }
            BadRows++;
            return true;
        });
    }

    /// <summary>Adds the rollup's changes; call after the last <see cref="FlushAsync"/>.</summary>
    public Task FinishAsync(CancellationToken ct) => writer.FinishAsync(_rollup, ct);

    private void Add(StagedContract row, int sign)
    {
        if (row.Period is { } period)
        {
            Add(new RollupKey(row.SellerRegionCode, period, row.Type), new RollupDelta(sign, sign * row.Turnover, sign * row.TechTransaction));
        }
    }

    private void Add(RollupKey key, RollupDelta delta)
    {
        var sum = _rollup.GetValueOrDefault(key);
        _rollup[key] = new RollupDelta(sum.Count + delta.Count, sum.Turnover + delta.Turnover, sum.TechTransaction + delta.TechTransaction);
    }

    private void Keep(ImportError error)
    {
        // Beyond the listed ones only the count matters.
        if (Errors.Count <= ImportContracts.MaxListedErrors)
        {
            Errors.Add(error);
        }
    }
}
