using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Commissioners;

/// <summary>Registers a commissioner sent to a county of the caller's region for a year (docs/domain.md §7.6).</summary>
public sealed class CreateCommissioner(KechuangDbContext db, TimeProvider clock)
{
    public async Task<CommissionerDto> HandleAsync(Caller caller, CommissionerRequest request, CancellationToken ct = default)
    {
        caller.RequireRole(Roles.Admin, Roles.Staff);
        var code = request.RegionCode?.Trim();
        var towns = Served(request.Towns);
        var regions = await RegionLookup.ForAsync(db, ct, [code, .. towns.Select(t => t.Code)]);
        var region = string.IsNullOrWhiteSpace(code) ? null : regions(code);
        var validation = new Validation();
        CommissionerRules.Check(request, region, regions, clock.TodayInChina(), validation);
        validation.ThrowIfAny();
        CommissionerAccess.RequireWrite(caller, RegionCode.Parse(region!.Code));

        var name = request.Name!.Trim();
        var year = request.Year!.Value;
        if (await db.Commissioners.AsNoTracking().FirstOrDefaultAsync(c => c.RegionCode == region.Code && c.Year == year && c.Name == name, ct) is { } existing)
        {
            throw new ConflictException(
                $"{region.Name}{year}年已登记科技特派员“{existing.Name}”（{existing.Level}{CommissionerWords.Chinese(existing.Kind)}），请勿重复登记");
        }
        var commissioner = New(request, region.Code, towns, clock.GetUtcNow());
        db.Commissioners.Add(commissioner);
        await db.SaveChangesAsync(ct);
        return CommissionerDto.From(commissioner, regions);
    }

    /// <summary>The record a checked request makes, with its towns, members and projects; the import builds it the same way.</summary>
    /// <summary>The towns of a request with a code, trimmed, each once (the rules refuse one given twice with other days).</summary>
    internal static List<CommissionerTownRequest> Served(IReadOnlyList<CommissionerTownRequest>? towns) =>
        [.. (towns ?? []).Where(t => !string.IsNullOrWhiteSpace(t?.Code)).Select(t => t with { Code = t.Code!.Trim() }).DistinctBy(t => t.Code)];

    internal static Commissioner New(CommissionerRequest request, string county, IReadOnlyList<CommissionerTownRequest> towns, DateTimeOffset now)
    {
        var commissioner = new Commissioner
        {
            Name = request.Name!.Trim(),
            Kind = CommissionerWords.Kind(request.Kind)!,
            Level = CommissionerWords.Level(request.Level)!,
            RegionCode = county,
            Year = request.Year!.Value,
            Institution = Blank(request.Institution),
            Field = Blank(request.Field),
            Enterprises = [.. (request.Enterprises ?? []).Select(Blank).OfType<string>().Distinct()],
            CreatedAt = now,
            UpdatedAt = now,
        };
        commissioner.Towns.AddRange(towns.Select(t => new CommissionerTown { CommissionerId = commissioner.Id, TownCode = t.Code!, From = t.From, To = t.To, Villages = [.. t.VillageNames] }));
        commissioner.Members.AddRange((request.Members ?? []).Select(m => new CommissionerMember
        {
            CommissionerId = commissioner.Id, Name = m.Name!.Trim(), Institution = Blank(m.Institution), Expertise = Blank(m.Expertise),
        }));
        commissioner.Projects.AddRange((request.Projects ?? []).Select(p => new CommissionerProject
        {
            CommissionerId = commissioner.Id, Name = p.Name!.Trim(), FundsYuan = p.FundsYuan,
        }));
        return commissioner;
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
