using System.Globalization;
using Kechuang.Contracts;
using Kechuang.Enterprises;

namespace Kechuang.Demo;

/// <summary>
/// Fictional technology contracts for the demo and the benchmark: services and development most common, amounts
/// most small and a few large carrying most of the money, 技术交易额 a share of 成交额, most decided within 30 days of receipt.
/// Deterministic for a seed.
/// </summary>
public sealed class ContractGenerator(int seed, DateOnly today)
{
    private static readonly (string Word, int Weight)[] TypeWeights =
    [
        ("service", 34), ("development_commissioned", 22), ("development_cooperative", 8), ("consulting", 12),
        ("transfer", 8), ("licensing", 5), ("service_training", 6), ("service_intermediary", 5),
    ];

    private static readonly string[] Subjects =
    [
        "智能制造产线数字化改造", "新能源汽车电机控制", "泵阀流体仿真优化", "鞋服柔性供应链系统", "电气开关寿命检测", "工业互联网平台",
        "高分子材料改性", "光伏组件检测", "水产养殖尾水处理", "医疗器械注册检验", "农产品冷链溯源", "激光焊接工艺",
        "汽车零部件轻量化", "印刷包装环保油墨", "城市污水除磷", "中药饮片质量控制", "眼镜镜片镀膜", "智能仪表软件",
    ];

    // In the order of ContractTypes.All.
    private static readonly string[] Suffixes = ["技术开发合同", "技术合作开发合同", "技术转让合同", "技术许可合同", "技术咨询合同", "技术服务合同", "技术培训合同", "技术中介合同"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _numbers = [];
    private readonly int _totalWeight = TypeWeights.Sum(t => t.Weight);

    /// <summary>A seller: a county's enterprise, or a made-up one with a valid code.</summary>
    public sealed record Seller(string Name, string Uscc, string RegionCode);

    /// <summary><paramref name="count"/> sellers per county, with codes registered in that county.</summary>
    public static List<Seller> Sellers(string county, string countyName, int count, int seed)
    {
        var shortName = countyName.TrimEnd('县', '区', '市');
        return Enumerable.Range(0, count).Select(i => new Seller(
            $"{shortName}{(char)('甲' + (i % 10))}{Words[i % Words.Length]}科技有限公司{(i >= 10 * Words.Length ? (i / (10 * Words.Length)).ToString(CultureInfo.InvariantCulture) : "")}",
            Uscc.Create(county, ((seed * 7919) + (i * 104_729) + 10_000_000).ToString("D8", CultureInfo.InvariantCulture)[^8..]).Value,
            county)).ToList();
    }

    private static readonly string[] Words = ["瓯越", "东瓯", "鹿城", "海创", "瑞科", "宏达", "联创", "新锐", "恒通", "中科"];

    /// <summary>
    /// One contract received on <paramref name="received"/>, decided as a registry would by today, or left waiting
    /// at the desk when <paramref name="decide"/> is false.
    /// </summary>
    public TechContract Next(Seller seller, DateOnly received, bool decide = true)
    {
        var type = PickType();
        var subject = Subjects[_random.Next(Subjects.Length)];
        // Most contracts are small (3万 to 150万), two in five large (150万 to 4000万) and these carry most of the money, as
        // in real statistics: about 490万 on average, so 平阳's 40 contracts a month come to its 21亿 a year (DemoCounties).
        var turnover = decimal.Round(_random.NextDouble() < LargeShare ? LogUniform(1_500_000, 40_000_000) : LogUniform(30_000, 1_500_000), 2);
        var tech = type.StartsWith("service", StringComparison.Ordinal) || type == "consulting"
            ? turnover
            : decimal.Round(turnover * (0.55m + ((decimal)_random.NextDouble() * 0.45m)), 2);
        var contract = new TechContract
        {
            Name = subject + Suffixes[IndexOf(type)],
            Type = type,
            SellerName = seller.Name,
            SellerUscc = seller.Uscc,
            SellerRegionCode = seller.RegionCode,
            BuyerName = _random.Next(10) == 0
                ? $"{Abroad[_random.Next(Abroad.Length)]}{Words[_random.Next(Words.Length)]}工业有限公司"
                : $"{Buyers[_random.Next(Buyers.Length)]}{Words[_random.Next(Words.Length)]}实业有限公司",
            BuyerRegionCode = _random.Next(10) == 0 ? null : BuyerRegions[_random.Next(BuyerRegions.Length)],
            SignedOn = received.AddDays(-_random.Next(0, 20)),
            ReceivedOn = received,
            Turnover = turnover,
            TechTransaction = tech,
        };
        var decideAfter = _random.Next(2, 29);
        var decided = received.AddDays(decideAfter);
        if (decide && decided <= today)
        {
            if (_random.Next(40) == 0)
            {
                contract.Status = ContractStatus.Refused;
                contract.RefusalReason = "合同标的为设备买卖，不属于技术合同";
            }
            else
            {
                contract.Status = ContractStatus.Registered;
                contract.RegistrationNo = NextNumber(seller.RegionCode, decided.Year);
                contract.RegisteredPeriod = TechContract.Period(decided);
            }
            contract.DecidedOn = decided;
        }
        return contract;
    }

    /// <summary>The share of large contracts (150万 and more).</summary>
    private const double LargeShare = 0.4;

    private decimal LogUniform(double from, double to) => (decimal)Math.Exp(Math.Log(from) + (_random.NextDouble() * Math.Log(to / from)));

    // Buyers abroad, by their Chinese names.
    private static readonly string[] Abroad = ["德国", "意大利", "新加坡", "日本", "韩国", "香港"];
    private static readonly string[] Buyers = ["杭州", "宁波", "上海", "苏州", "温州", "台州", "深圳", "合肥"];
    private static readonly string[] BuyerRegions = ["330106", "330212", "310115", "320505", "330302", "331002", "440305", "340104"];

    private static int IndexOf(string type)
    {
        for (var i = 0; i < ContractTypes.All.Count; i++)
        {
            if (ContractTypes.All[i].Word == type)
            {
                return i;
            }
        }
        return 0;
    }

    private string PickType()
    {
        var pick = _random.Next(_totalWeight);
        foreach (var (word, weight) in TypeWeights)
        {
            if ((pick -= weight) < 0)
            {
                return word;
            }
        }
        return TypeWeights[0].Word;
    }

    private string NextNumber(string region, int year)
    {
        var key = year.ToString(CultureInfo.InvariantCulture) + region;
        var next = _numbers[key] = _numbers.GetValueOrDefault(key) + 1;
        return key + next.ToString("D6", CultureInfo.InvariantCulture);
    }
}
