using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>Adds an indicator to the catalogue (admins: each province defines its own, docs/domain.md §3).</summary>
public sealed class CreateIndicator(KechuangDbContext db, IEnumerable<IIndicatorCalculator> calculators)
{
    public async Task<IndicatorDto> HandleAsync(Caller caller, IndicatorRequest request, CancellationToken ct = default)
    {
        IndicatorAccess.RequireCatalogueEdit(caller);
        var validation = new Validation();
        var code = request.Code?.Trim();
        IndicatorRules.CheckCode(code, validation);
        var catalogue = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, ct);
        IndicatorRules.Check(code ?? "", request, catalogue, calculators, validation);
        validation.ThrowIfAny();
        if (catalogue.TryGetValue(code!, out var existing))
        {
            throw new ConflictException($"指标代码 {code} 已被“{existing.Name}”使用");
        }
        var indicator = new Indicator
        {
            Code = code!,
            Name = "",
            Unit = "",
            Kind = "",
            SortOrder = catalogue.Count == 0 ? 1 : catalogue.Values.Max(i => i.SortOrder) + 1,
        };
        IndicatorRules.Apply(request, indicator);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return IndicatorDto.From(indicator);
    }
}
