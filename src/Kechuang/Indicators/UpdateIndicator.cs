using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Indicators.Derived;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Indicators;

/// <summary>Edits a catalogue entry; the code stays, so figures already recorded keep their meaning.</summary>
public sealed class UpdateIndicator(KechuangDbContext db, IEnumerable<IIndicatorCalculator> calculators)
{
    public async Task<IndicatorDto> HandleAsync(Caller caller, string code, IndicatorRequest request, CancellationToken ct = default)
    {
        IndicatorAccess.RequireCatalogueEdit(caller);
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct)
            ?? throw new NotFoundException($"未找到指标 {code}");
        if (request.Version is { } version)
        {
            VersioningInterceptor.ExpectVersion(db, indicator, version);
        }
        var others = await db.Indicators.AsNoTracking().Where(i => i.Code != code).ToDictionaryAsync(i => i.Code, ct);
        var validation = new Validation();
        IndicatorRules.Check(code, request, others, calculators, validation);
        if (request.Kind == IndicatorWords.Ratio && !indicator.IsRatio
            && others.Values.Any(o => o.NumeratorCode == code || o.DenominatorCode == code))
        {
            validation.Add("kind", "该指标是其他比率指标的分子或分母，不能改为比率");
        }
        validation.ThrowIfAny();
        IndicatorRules.Apply(request, indicator);
        await db.SaveChangesAsync(ct);
        return IndicatorDto.From(indicator);
    }
}
