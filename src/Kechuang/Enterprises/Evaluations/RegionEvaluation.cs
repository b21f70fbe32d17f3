using System.Data.Common;
using Kechuang.Data;
using Kechuang.Enterprises.Rules;
using Kechuang.IntellectualProperty;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Enterprises.Evaluations;

/// <summary>One enterprise of a batch evaluation: its register columns, both evaluations and its valid HTE title.</summary>
internal readonly record struct Evaluated(
    Guid Id, string Name, string Uscc, string RegionCode, HteEvaluation Hte, TechSmeEvaluation TechSme, bool FactsMissing, Qualification? HteTitle);

/// <summary>
/// HTE and 科技型中小企业 evaluation of every enterprise a query selects, at province scale (docs/architecture.md §8.1,
/// ADR 0023). The years Y-2..Y come in one statement ordered by enterprise, read through the DbContext's connection
/// without EF materialising anything; each enterprise's inputs are built as its rows pass, and a finished batch of
/// enterprises is evaluated on another core while reading goes on. The inputs are those <see cref="EvaluationData"/>
/// gives one enterprise (the same years, the register's IP counts, the same titles), so the rules and their traces are
/// the ones the single evaluations show: a test compares both on every band edge.
/// </summary>
internal static class RegionEvaluation
{
    /// <summary>Enterprises per evaluated batch: a batch's results stay under the large-object size (85,000 bytes).</summary>
    private const int BatchSize = 1_024;

    public static async Task<List<T>> EachAsync<T>(KechuangDbContext db, IQueryable<Enterprise> enterprises, int year, DateOnly today,
        Func<Evaluated, T> map, CancellationToken ct)
    {
        var ids = enterprises.Select(e => e.Id);
        // §4.1/§4.2: year Y's unreported IP counts come from the patent register, read once for those enterprises.
        var unreported = db.EnterpriseYears.Where(f => f.Year == year && (f.ClassOneIp == null || f.ClassTwoIp == null) && ids.Contains(f.EnterpriseId))
            .Select(f => f.EnterpriseId);
        var register = await EnterprisePatentsQuery.ValidOnAsync(db, unreported, today, ct);
        var sqlite = db.Database.IsSqlite();
        var titles = await TitlesAsync(db, ids, ct);

        var facts =
            from e in enterprises
            from f in db.EnterpriseYears.Where(f => f.EnterpriseId == e.Id && f.Year >= year - 2 && f.Year <= year).DefaultIfEmpty()
            orderby e.Id
            select new
            {
                e.Id, e.Name, e.Uscc, e.RegionCode, e.FoundedOn, e.TechnologyField,
                Year = (int?)f!.Year, Staff = (int?)f.Staff, TechStaff = (int?)f.TechStaff, SalesRevenue = (decimal?)f.SalesRevenue,
                TotalIncome = (decimal?)f.TotalIncome, HighTechIncome = (decimal?)f.HighTechIncome, RdExpense = (decimal?)f.RdExpense,
                RdExpenseDomestic = (decimal?)f.RdExpenseDomestic, TotalCostsAndExpenses = (decimal?)f.TotalCostsAndExpenses,
                TotalAssets = (decimal?)f.TotalAssets, NetAssets = (decimal?)f.NetAssets, f.ClassOneIp, f.ClassTwoIp,
                Conversions = (int?)f.Conversions, MajorViolation = (bool?)f.MajorViolation,
                f.IpAdvancement, f.IpCoreRole, f.IpOwnRd, f.RdManagement,
            };
        var batches = new List<Task<T[]>>();
        var batch = new List<Pending>(BatchSize);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = facts.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
            if (reader.FieldCount != 25)
            {
                throw new InvalidOperationException($"The evaluation's statement returned {reader.FieldCount} columns, 25 expected.");
            }
            Pending? current = null;
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                if (current is null || current.Id != id)
                {
                    current = new Pending(id, reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                        titles.GetValueOrDefault(id));
                    if (batch.Count == BatchSize)
                    {
                        // At most one batch per core waits or runs: more would only hold more inputs in memory.
                        if (batches.Count >= Environment.ProcessorCount)
                        {
                            await batches[^Environment.ProcessorCount];
                        }
                        batches.Add(Evaluate(batch, year, today, map));
                        batch = new List<Pending>(BatchSize);
                    }
                    batch.Add(current);
                }
                if (!reader.IsDBNull(6))
                {
                    current.Add(Facts(reader, sqlite, year, register, id, today));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        batches.Add(Evaluate(batch, year, today, map));
        // One list of the final size: a province's results grown by doubling were large-object allocations, each
        // bringing a full collection nearer.
        var results = new List<T>((batches.Count - 1) * BatchSize + batch.Count);
        foreach (var done in batches)
        {
            results.AddRange(await done);
        }
        return results;
    }

    /// <summary>The enterprises' titles, only the columns <see cref="Qualification.StatusOn"/> reads.</summary>
    private static async Task<Dictionary<Guid, List<Qualification>>> TitlesAsync(KechuangDbContext db, IQueryable<Guid> ids, CancellationToken ct)
    {
        var query = db.Qualifications.Where(q => ids.Contains(q.EnterpriseId))
            .Select(q => new { q.EnterpriseId, q.Type, q.IssuedOn, q.ExpiresOn, q.RevokedOn });
        var titles = new Dictionary<Guid, List<Qualification>>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = query.CreateDbCommand();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                if (!titles.TryGetValue(id, out var list))
                {
                    titles.Add(id, list = new List<Qualification>(2));
                }
                list.Add(new Qualification
                {
                    EnterpriseId = id, Type = reader.GetString(1), Number = "", IssuedOn = reader.GetFieldValue<DateOnly>(2),
                    ExpiresOn = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    RevokedOn = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                });
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return titles;
    }

    /// <summary>
    /// One year's row as <see cref="EvaluationData.ToFacts"/> and <see cref="EvaluationData.WithRegister"/> make it; the
    /// columns are read in their order (the reader streams each row once).
    /// </summary>
    private static YearFacts Facts(DbDataReader reader, bool sqlite, int year, Dictionary<Guid, ValidPatents> register, Guid id, DateOnly today)
    {
        var factsYear = reader.GetInt32(6);
        var staff = reader.GetInt32(7);
        var techStaff = reader.GetInt32(8);
        var sales = Money(reader, 9, sqlite);
        var income = Money(reader, 10, sqlite);
        var highTech = Money(reader, 11, sqlite);
        var rd = Money(reader, 12, sqlite);
        var rdDomestic = Money(reader, 13, sqlite);
        var costs = Money(reader, 14, sqlite);
        var assets = Money(reader, 15, sqlite);
        var netAssets = Money(reader, 16, sqlite);
        var oneMissing = reader.IsDBNull(17);
        var classOne = oneMissing ? 0 : reader.GetInt32(17);
        var twoMissing = reader.IsDBNull(18);
        var classTwo = twoMissing ? 0 : reader.GetInt32(18);
        var facts = new YearFacts(
            factsYear, staff, techStaff, sales, income, highTech, rd, rdDomestic, costs, assets, netAssets, classOne, classTwo,
            reader.GetInt32(19), reader.GetBoolean(20),
            reader.IsDBNull(21) ? null : reader.GetInt32(21), reader.IsDBNull(22) ? null : reader.GetInt32(22),
            reader.IsDBNull(23) ? null : reader.GetBoolean(23), reader.IsDBNull(24) ? null : reader.GetInt32(24));
        return factsYear == year && (oneMissing || twoMissing)
            ? EvaluationData.WithRegister(facts, oneMissing, twoMissing, register.GetValueOrDefault(id), today)
            : facts;
    }

    /// <summary>SQLite keeps money as integer fen (ADR 0006, <see cref="FenConverter"/>); PostgreSQL as numeric.</summary>
    private static decimal Money(DbDataReader reader, int ordinal, bool sqlite) =>
        sqlite ? reader.GetInt64(ordinal) / 100m : reader.GetDecimal(ordinal);

    private static Task<T[]> Evaluate<T>(List<Pending> batch, int year, DateOnly today, Func<Evaluated, T> map) => Task.Run(() =>
    {
        var results = new T[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            results[i] = map(batch[i].Evaluate(year, today));
        }
        return results;
    });

    /// <summary>An enterprise whose rows are being read: its years oldest first, as <see cref="EvaluationData.HteInput"/> orders them.</summary>
    private sealed class Pending(Guid id, string name, string uscc, string regionCode, DateOnly? foundedOn, string? technologyField, List<Qualification>? titles)
    {
        private readonly List<YearFacts> _facts = new(3);

        public Guid Id => id;

        public void Add(YearFacts facts)
        {
            var at = _facts.Count;
            while (at > 0 && _facts[at - 1].Year > facts.Year)
            {
                at--;
            }
            _facts.Insert(at, facts);
        }

        public Evaluated Evaluate(int year, DateOnly today)
        {
            YearFacts? latest = null, previous = null;
            foreach (var f in _facts)
            {
                if (f.Year == year)
                {
                    latest = f;
                }
                else if (f.Year == year - 1)
                {
                    previous = f;
                }
            }
            // EvaluationData.DirectQualification and the newest valid HTE certificate, in one pass.
            Qualification? hteTitle = null;
            var rdCentre = false;
            foreach (var q in titles ?? [])
            {
                if (!q.IsValidOn(today))
                {
                    continue;
                }
                if (q.Type == QualificationType.HighTech)
                {
                    // Enumerable.MaxBy: a null expiry loses to any date; the first of equal dates stays.
                    if (hteTitle is null || (hteTitle.ExpiresOn is null ? q.ExpiresOn is not null : q.ExpiresOn > hteTitle.ExpiresOn))
                    {
                        hteTitle = q;
                    }
                }
                else if (q.Type == "省级企业研发中心")
                {
                    rdCentre = true;
                }
            }
            var direct = hteTitle is not null ? EvaluationData.ValidHte : rdCentre ? EvaluationData.ProvincialRdCentre : null;
            var hte = HteEvaluator.Evaluate(new HteInput(year, foundedOn ?? today, today, technologyField, _facts));
            var sme = TechSmeEvaluator.Evaluate(new TechSmeInput(year, latest, previous, direct));
            return new Evaluated(id, name, uscc, regionCode, hte, sme, latest is null, hteTitle);
        }
    }
}
