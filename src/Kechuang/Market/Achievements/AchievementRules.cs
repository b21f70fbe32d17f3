using Kechuang.Common;
using Kechuang.Data;

namespace Kechuang.Market.Achievements;

/// <summary>What an achievement must be (docs/domain.md §7.1); pure, every problem at once. Patent numbers by <see cref="PatentNumber"/>.</summary>
public static class AchievementRules
{
    public const int MaxTitle = 100;
    public const int MaxText = 2000;

    public static void Check(AchievementRequest r, Validation v)
    {
        MarketRules.Title(r.Title, "title", "成果名称", MaxTitle, v);
        MarketRules.Title(r.Holder, "holder", "持有单位", 100, v);
        MarketRules.Length(r.Description, "description", "成果简介", MaxText, v);
        MarketRules.Length(r.Field, "field", "技术领域", 50, v);
        MarketRules.Keywords(r.Keywords, v);
        if (string.IsNullOrWhiteSpace(r.Stage) || !MarketWords.Stages.Contains(r.Stage.Trim()))
        {
            v.Add("stage", $"请选择成熟度：{string.Join("、", MarketWords.Stages)}");
        }
        if (string.IsNullOrWhiteSpace(r.TransferMode) || !MarketWords.TransferModes.Contains(r.TransferMode.Trim()))
        {
            v.Add("transferMode", $"请选择转化方式：{string.Join("、", MarketWords.TransferModes)}");
        }
        if (r.Price < 0)
        {
            v.Add("price", "转让价格不能为负数");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (patent, i) in (r.Patents ?? []).Select((p, i) => (p, i + 1)))
        {
            var (number, problem) = PatentNumber.Normalize(patent?.Number);
            if (problem is not null)
            {
                v.Add("patents", $"第{i}项专利：{problem}");
            }
            else if (!seen.Add(Digits(number!)))
            {
                v.Add("patents", $"第{i}项专利 {number} 重复");
            }
        }
    }

    public static void Apply(KechuangDbContext db, Achievement a, AchievementRequest r, DateTimeOffset now)
    {
        a.Title = r.Title!.Trim();
        a.Holder = r.Holder!.Trim();
        a.Description = MarketRules.Blank(r.Description);
        a.Field = MarketRules.Blank(r.Field);
        a.Keywords = MarketRules.KeywordList(r.Keywords);
        a.Stage = r.Stage!.Trim();
        a.Price = r.Price;
        a.TransferMode = r.TransferMode!.Trim();
        var patents = (r.Patents ?? []).Select(p => new AchievementPatent
        {
            AchievementId = a.Id, Number = PatentNumber.Normalize(p.Number).Number!, ExpiresOn = p.ExpiresOn,
        }).ToList();
        if (!a.Patents.Select(p => (p.Number, p.ExpiresOn)).SequenceEqual(patents.Select(p => (p.Number, p.ExpiresOn))))
        {
            db.RemoveRange(a.Patents);
            a.Patents.Clear();
            // A new child of a tracked parent: added through its own set (docs/architecture.md).
            db.AddRange(patents);
        }
        a.UpdatedAt = now;
    }

    private static string Digits(string number) => number.StartsWith("ZL", StringComparison.Ordinal) ? number[2..] : number;
}
