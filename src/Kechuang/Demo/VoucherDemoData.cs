using Kechuang.Data;
using Kechuang.Enterprises;
using Kechuang.Finance;
using Kechuang.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 创新券 and 科技金融 for 平阳县 (docs/domain.md §7.4), dated back from the day the demo starts: last year's and this
/// year's voucher programmes (50% of a service, 5万元 a year per enterprise), four approved providers with their
/// services, vouchers for a dozen enterprises (the demo enterprise user's among them) with redemptions, one application
/// waiting; a year and a half of 科技贷 from three banks, with interest subsidies, a guarantee, a 科技保险 policy and a
/// risk-pool compensation. Every amount is whole fen, every date on or before today.
/// </summary>
internal static class VoucherDemoData
{
    private const string Pingyang = "330326";

    private static readonly (string Name, string Body, (string Service, decimal Price)[] Services)[] Providers =
    [
        ("浙江省平阳县质量技术监督检测中心", "PYJC0701", [("产品性能检测", 8_000m), ("材料成分分析", 3_500m)]),
        ("温州大学平阳技术转移中心", "PYKJ0702", [("技术开发服务", 60_000m), ("科技咨询", 12_000m)]),
        ("平阳县工业设计服务中心", "PYGY0703", [("工业设计", 30_000m)]),
        ("浙江南雁知识产权代理有限公司", "PYNY0704", [("专利分析评议", 15_000m), ("知识产权贯标辅导", 20_000m)]),
    ];

    private static readonly string[] Banks = ["平阳农商银行", "中国银行平阳支行", "浙江泰隆商业银行平阳支行"];

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.VoucherProgrammes.AnyAsync(ct) || await db.FinanceRecords.AnyAsync(ct))
        {
            return;
        }
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == Pingyang && e.Id != own).OrderBy(e => e.Id).Select(e => e.Id).Take(24).ToListAsync(ct);
        if (enterprises.Count < 12)
        {
            return;
        }
        if (own is { } ownId)
        {
            enterprises.Insert(0, ownId);
        }
        var random = new Random(330326);
        var providers = Providers.Select(p => new VoucherProvider
        {
            Uscc = Uscc.Create(Pingyang, p.Body, '5', '2').Value, Name = p.Name, RegionCode = Pingyang, Approved = true, ApprovedOn = today.AddMonths(-20),
            Services = [.. p.Services.Select(s => new VoucherService { Name = s.Service, Price = s.Price, Unit = "次" })], CreatedAt = now, UpdatedAt = now,
        }).ToList();
        db.VoucherProviders.AddRange(providers);

        var numbers = new Dictionary<int, int>();
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var programme = new VoucherProgramme
            {
                Name = $"{year}年平阳县科技创新券", RegionCode = Pingyang, Year = year, Total = 2_000_000m, PerEnterpriseLimit = 50_000m, Share = 0.5m,
                ValidFrom = new DateOnly(year, 1, 1), ValidUntil = new DateOnly(year, 12, 31), AutoAmount = year == today.Year ? 10_000m : null,
                CreatedAt = now, UpdatedAt = now,
            };
            db.VoucherProgrammes.Add(programme);
            var issuedOn = year < today.Year ? new DateOnly(year, 3, 1)
                : new DateOnly(year, 3, 1) <= today ? new DateOnly(year, 3, 1) : new DateOnly(year, 1, 1);
            for (var k = 0; k < 12; k++)
            {
                var enterprise = enterprises[(k + (year % 2 * 6)) % enterprises.Count];
                if (year == today.Year && k == 0 && own is not null)
                {
                    enterprise = own.Value;
                }
                numbers[year] = numbers.GetValueOrDefault(year) + 1;
                var amount = (k % 3 + 2) * 10_000m;   // 2万, 3万 or 4万
                var voucher = new Voucher
                {
                    Number = $"CXQ-{Pingyang}-{year}-{numbers[year]:D4}", ProgrammeId = programme.Id, EnterpriseId = enterprise, RegionCode = Pingyang,
                    Amount = amount, Balance = amount, IssuedOn = issuedOn, ValidUntil = programme.ValidUntil, Status = VoucherWords.Active,
                    Source = k % 4 == 3 ? VoucherWords.Applied : VoucherWords.Direct, DecidedBy = "py_staff", CreatedAt = now, UpdatedAt = now,
                };
                db.Vouchers.Add(voucher);
                db.VoucherEntries.Add(new VoucherEntry { VoucherId = voucher.Id, On = issuedOn, Kind = VoucherWords.Issue, Change = amount, BalanceAfter = amount, Note = "科技局发放", CreatedAt = now });
                // Two services at most, after the issue and before today: the second year's are still running.
                for (var s = 0; s < 2 && (year < today.Year ? k % 5 != 4 : k % 2 == 0); s++)
                {
                    var provider = providers[(k + s) % providers.Count];
                    var service = provider.Services[(k + s) % provider.Services.Count];
                    var last = year < today.Year ? new DateOnly(year, 12, 20) : today.AddDays(-3);
                    var span = last.DayNumber - issuedOn.DayNumber;
                    if (span < 10)
                    {
                        break;
                    }
                    var served = issuedOn.AddDays(10 + random.Next(span - 10));
                    var contract = decimal.Round(service.Price * (0.8m + (decimal)random.Next(0, 60) / 100m), 2);
                    var (covered, basis) = VoucherRules.Cover(contract, programme.Share, voucher.Balance, null);
                    if (covered <= 0)
                    {
                        break;
                    }
                    voucher.Balance -= covered;
                    var redemption = new VoucherRedemption
                    {
                        VoucherId = voucher.Id, ProviderId = provider.Id, EnterpriseId = enterprise, ServiceId = service.Id, RegionCode = Pingyang,
                        ContractAmount = contract, Covered = covered, InvoiceNo = $"{year % 100:D2}33{random.Next(10_000_000, 99_999_999)}{numbers[year]:D4}{s}",
                        ServedOn = served, Basis = basis, RecordedBy = "py_staff", CreatedAt = now,
                    };
                    db.VoucherRedemptions.Add(redemption);
                    db.VoucherEntries.Add(new VoucherEntry
                    {
                        VoucherId = voucher.Id, On = served, Kind = VoucherWords.Redeem, Change = -covered, BalanceAfter = voucher.Balance,
                        RedemptionId = redemption.Id, Note = $"{provider.Name}，{basis}", CreatedAt = now,
                    });
                }
            }
            if (year == today.Year)
            {
                numbers[year]++;
                db.Vouchers.Add(new Voucher
                {
                    Number = $"CXQ-{Pingyang}-{year}-{numbers[year]:D4}", ProgrammeId = programme.Id, EnterpriseId = enterprises[13], RegionCode = Pingyang,
                    Amount = 30_000m, Balance = 0m, ValidUntil = programme.ValidUntil, Status = VoucherWords.Pending, Source = VoucherWords.Applied,
                    Note = "申请用于新产品检测", CreatedAt = now, UpdatedAt = now,
                });
            }
        }

        // 科技贷 over the last eighteen months, one or two a month, with 贴息 on some and the other kinds once each.
        var loans = new List<FinanceRecord>();
        for (var m = 18; m >= 1; m--)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-m);
            for (var k = 0; k < 1 + (m % 3 == 0 ? 1 : 0); k++)
            {
                var loan = new FinanceRecord
                {
                    Kind = FinanceWords.Loan, EnterpriseId = enterprises[(m * 2 + k) % enterprises.Count], RegionCode = Pingyang,
                    Institution = Banks[(m + k) % Banks.Length], Product = FinanceWords.LoanProducts[(m + k) % 3], Amount = (random.Next(5, 60) * 100_000m),
                    Rate = 3.2m + random.Next(0, 90) / 100m, StartOn = month.AddDays(random.Next(0, 25)), CreatedAt = now, UpdatedAt = now,
                };
                loan.EndOn = loan.StartOn.AddYears(1).AddDays(-1);
                loans.Add(loan);
                db.FinanceRecords.Add(loan);
            }
        }
        foreach (var loan in loans.Where((_, i) => i % 3 == 0))
        {
            var paidOn = loan.StartOn.AddMonths(6);
            if (paidOn > today)
            {
                continue;
            }
            // Half the interest of six months at the loan's rate, to the fen: the county's 贴息 as the bureau records it.
            var subsidy = decimal.Round(loan.Amount * loan.Rate!.Value / 100m / 2m / 2m, 2, MidpointRounding.AwayFromZero);
            db.FinanceRecords.Add(new FinanceRecord
            {
                Kind = FinanceWords.Subsidy, EnterpriseId = loan.EnterpriseId, RegionCode = Pingyang, Institution = "平阳县科学技术局", Amount = subsidy,
                StartOn = paidOn, LoanId = loan.Id, Note = "科技贷款贴息（半年，贴息比例50%）", CreatedAt = now, UpdatedAt = now,
            });
        }
        var first = loans[0];
        db.FinanceRecords.Add(new FinanceRecord
        {
            Kind = FinanceWords.Guarantee, EnterpriseId = enterprises[3], RegionCode = Pingyang, Institution = "平阳县融资担保有限公司", Product = "科技担保",
            Amount = 2_000_000m, Rate = 1m, StartOn = today.AddMonths(-7), EndOn = today.AddMonths(5), CreatedAt = now, UpdatedAt = now,
        });
        db.FinanceRecords.Add(new FinanceRecord
        {
            Kind = FinanceWords.Insurance, EnterpriseId = enterprises[4], RegionCode = Pingyang, Institution = "中国人保财险平阳支公司", Product = "研发费用损失保险",
            Amount = 1_000_000m, Premium = 12_000m, StartOn = today.AddMonths(-5), EndOn = today.AddMonths(7), CreatedAt = now, UpdatedAt = now,
        });
        db.FinanceRecords.Add(new FinanceRecord
        {
            Kind = FinanceWords.Compensation, EnterpriseId = first.EnterpriseId, RegionCode = Pingyang, Institution = "平阳县科技信贷风险池",
            Amount = decimal.Round(first.Amount * 0.3m, 2), StartOn = today.AddMonths(-1), LoanId = first.Id, Note = "贷款逾期，风险池按30%补偿合作银行",
            CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }
}
