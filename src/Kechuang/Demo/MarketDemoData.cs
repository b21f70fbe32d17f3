using System.Globalization;
using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Market;
using Kechuang.Market.Achievements;
using Kechuang.Market.Cooperation;
using Kechuang.Market.Events;
using Kechuang.Market.Needs;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Demo;

/// <summary>
/// 平阳县's technology market (docs/domain.md §7.1): twenty needs of its enterprises in the county's trades (machinery,
/// printing and packaging, leather, plastics, food, pumps and valves …) and forty achievements of the universities and
/// institutes that work with Wenzhou, worded the way each side writes — the need says 图像识别 and 良品率, the
/// achievement 机器视觉 and 成品率 — so the recommendations have something to find. The demo enterprise user's
/// enterprise has one published need and one waiting for review; one need was returned with a reason.
/// </summary>
internal static class MarketDemoData
{
    private const string Pingyang = "330326";

    private sealed record NeedTopic(string Title, string Description, string Parameters, string Field, string Keywords, decimal? Min, decimal? Max, string Mode);

    private sealed record AchievementTopic(string Title, string Holder, string Description, string Field, string Keywords, string Stage, decimal? Price, string Mode);

    private static readonly NeedTopic[] Needs =
    [
        new("注塑外壳表面缺陷图像识别", "注塑外壳出模后缩痕、飞边、银纹靠人工目检，夜班漏检多，客户投诉不良率偏高", "检出率≥99%，节拍≤2秒/件", "先进制造与自动化", "图像识别、注塑、表面缺陷", 200_000m, 500_000m, "技术开发"),
        new("印刷品套印偏差在线检测", "凹版印刷套印偏差和色差靠机长经验判断，换版后废品多", "套印误差≤0.1毫米，在线报警", "先进制造与自动化", "印刷、套印、在线检测", 300_000m, 800_000m, "技术开发"),
        new("无溶剂复合包装膜开发", "食品软包装复合仍用溶剂型胶黏剂，VOCs排放压力大，需要改为无溶剂复合工艺", "剥离强度≥3N/15mm，残留溶剂≤5mg/㎡", "新材料", "包装膜、无溶剂复合、VOCs", 500_000m, 1_000_000m, "技术转让"),
        new("皮革鞣制废水中铬的回收", "制革鞣制工序含铬废水处理成本高，希望回收铬并达标排放", "总铬≤1.5mg/L，铬回收率≥95%", "资源与环境", "制革、含铬废水、铬回收", 400_000m, 1_200_000m, "技术开发"),
        new("水泵电机能效提升", "小型潜水泵电机效率偏低，达不到新能效标准二级", "电机效率提高3个百分点以上", "新能源与节能", "潜水泵、电机、能效", 200_000m, 600_000m, "技术开发"),
        new("阀门密封面耐磨处理", "闸阀密封面在含砂介质中磨损快，泄漏返修多", "密封面寿命提高一倍", "新材料", "阀门、密封面、耐磨涂层", 150_000m, 400_000m, "技术许可"),
        new("包装机械设备联网与远程运维", "出口包装机售后靠派人上门，希望设备联网后远程诊断故障", "联网设备≥200台，故障远程定位", "电子信息", "包装机械、设备联网、远程运维", 300_000m, 700_000m, "技术开发"),
        new("汽配冲压件毛刺自动去除", "冲压件边缘毛刺靠人工打磨，效率低、粉尘大", "节拍≤15秒/件，毛刺高度≤0.05毫米", "先进制造与自动化", "冲压件、毛刺、机器人打磨", 250_000m, 600_000m, "技术开发"),
        new("黄汤茶加工工艺标准化", "平阳黄汤闷黄工序靠老师傅经验，批次间品质波动大", "关键工序温湿度可控，品质评分稳定", "生物与新医药", "黄汤、闷黄、茶叶加工", 100_000m, 300_000m, "技术咨询"),
        new("中药饮片杂质智能分选", "饮片中杂质、异物人工挑拣，效率低且难以追溯", "分选准确率≥98%", "生物与新医药", "中药饮片、智能分选、异物", 200_000m, 500_000m, "技术开发"),
        new("锂电池极片涂布厚度在线检测", "极片涂布面密度波动导致电芯一致性差，需要在线测厚", "测量精度±1微米", "新能源与节能", "锂电池、极片涂布、在线测厚", 400_000m, 900_000m, "技术开发"),
        new("可降解塑料袋力学性能提升", "PBAT/PLA购物袋拉伸强度不足、易撕裂", "拉伸强度≥20MPa", "新材料", "可降解、PBAT、薄膜", 300_000m, 700_000m, "技术转让"),
        new("车间能耗监测与节能诊断", "空压机、注塑机耗电大，缺少分项计量，不知道节能空间在哪里", "分项计量覆盖率100%，节能5%以上", "新能源与节能", "能耗监测、空压机、节能", 100_000m, 300_000m, "技术咨询"),
        new("印染废水脱色处理", "印染废水色度高，现有生化工艺出水色度不稳定", "出水色度≤50倍", "资源与环境", "印染废水、脱色、高级氧化", 300_000m, 800_000m, "技术开发"),
        new("皮鞋鞋底粘合强度提升", "鞋底开胶返修率高，水性胶黏剂初粘力不足", "剥离强度≥4N/mm", "新材料", "鞋底、胶黏剂、开胶", 100_000m, 300_000m, "技术开发"),
        new("仓库货位管理与扫码出入库", "成品仓靠纸质台账，发错货、盘点慢", "库存准确率≥99.5%", "电子信息", "仓储、扫码、出入库", 80_000m, 200_000m, "技术开发"),
        new("纺织面料瑕疵自动检验", "验布工看布疲劳，断经、破洞漏检", "检出率≥95%，车速≥30米/分", "先进制造与自动化", "面料、瑕疵、验布", 300_000m, 600_000m, "共建"),
        new("食品金属异物检测", "肉制品包装前金属异物检测灵敏度不够", "铁≥0.8毫米可检出", "电子信息", "金属检测、异物、食品安全", 100_000m, 250_000m, "技术许可"),
        new("塑编袋生产线自动化改造", "拉丝、圆织、印刷工序分散，用工多", "减少用工30%", "先进制造与自动化", "塑编、自动化、生产线", 500_000m, 1_500_000m, "共建"),
        new("医用敷料抗菌涂层", "医用敷料需要长效抗菌且生物相容", "抑菌率≥99%，细胞毒性≤1级", "生物与新医药", "医用敷料、抗菌、涂层", 300_000m, 800_000m, "技术转让"),
    ];

    private static readonly AchievementTopic[] Achievements =
    [
        new("基于深度学习的注塑件外观瑕疵机器视觉检测系统", "温州大学", "工业相机采集注塑件图像，卷积神经网络识别缩痕、飞边、划伤，已在温州多家注塑企业中试，成品率提升2个百分点", "先进制造与自动化", "机器视觉、缺陷检测、注塑件", "中试", 350_000m, "许可"),
        new("小样本条件下的工业表面缺陷识别方法", "浙江大学", "少量缺陷样本即可训练的视觉检测算法，适用于金属、塑料、玻璃表面", "电子信息", "视觉检测、小样本学习、缺陷识别", "小试", 500_000m, "许可"),
        new("凹版印刷套准在线视觉测控系统", "浙江工业大学", "高速线阵相机识别套准标记，闭环调节印刷机套准，减少换版废品", "先进制造与自动化", "套准、印刷、视觉检测", "产业化", 600_000m, "转让"),
        new("印刷色差在线光谱检测技术", "浙江理工大学", "在线光谱仪测量印刷品色差并自动报警", "电子信息", "色差、光谱检测、印刷", "中试", 300_000m, "许可"),
        new("无溶剂聚氨酯复合胶黏剂及复合工艺", "浙江工业大学", "双组分无溶剂聚氨酯胶黏剂，用于食品软包装复合，无VOCs排放", "新材料", "无溶剂复合、聚氨酯、软包装", "产业化", 800_000m, "转让"),
        new("高阻隔可回收单一材质包装膜", "中国科学院宁波材料技术与工程研究所", "单一聚乙烯材质高阻隔薄膜，可回收，替代铝塑复合膜", "新材料", "包装膜、高阻隔、可回收", "中试", null, "合作开发"),
        new("制革含铬废水铬回收与资源化技术", "温州大学", "碱沉淀—酸溶再生铬鞣剂，铬回收率96%以上，出水总铬达标", "资源与环境", "含铬废水、铬回收、制革", "产业化", 700_000m, "转让"),
        new("皮革无铬鞣制技术", "陕西科技大学", "以铝锆鞣剂替代铬鞣，成革性能接近铬鞣革", "新材料", "无铬鞣、制革、皮革", "中试", 500_000m, "许可"),
        new("高效永磁同步潜水电机", "浙江大学", "永磁同步电机替代异步电机，效率提高4—6个百分点，适用于小型潜水泵", "新能源与节能", "永磁电机、潜水泵、高效节能", "中试", 600_000m, "许可"),
        new("泵类产品水力模型优化设计方法", "江苏大学", "CFD优化叶轮水力模型，泵效率提高3%以上", "先进制造与自动化", "水力模型、叶轮、泵效率", "产业化", 300_000m, "转让"),
        new("阀门密封面激光熔覆耐磨合金涂层", "浙江工业大学", "激光熔覆钴基合金涂层，硬度高、耐冲蚀，密封面寿命提高2倍", "新材料", "激光熔覆、密封面、耐磨", "产业化", 450_000m, "许可"),
        new("超音速火焰喷涂碳化钨涂层技术", "中国科学院宁波材料技术与工程研究所", "碳化钨涂层用于阀门、泵轴等耐磨部件", "新材料", "耐磨涂层、热喷涂、碳化钨", "中试", null, "合作开发"),
        new("工业设备远程监控与故障诊断平台", "温州大学", "边缘网关采集设备数据上云，远程诊断故障，预测性维护", "电子信息", "远程监控、故障诊断、工业互联网", "产业化", 400_000m, "许可"),
        new("基于振动分析的旋转机械预测性维护系统", "浙江大学", "振动传感与机器学习预测轴承故障", "电子信息", "预测性维护、振动分析、故障预警", "中试", 500_000m, "许可"),
        new("冲压件去毛刺机器人柔性打磨工作站", "温州大学", "六轴机器人配力控打磨头，自动去飞边，适应多品种小批量", "先进制造与自动化", "去毛刺、工业机器人、打磨", "中试", 550_000m, "转让"),
        new("激光去毛刺工艺", "温州理工学院", "激光清除金属件边缘毛刺，无接触、无粉尘", "先进制造与自动化", "毛刺去除、激光加工", "小试", 200_000m, "合作开发"),
        new("黄茶闷黄工艺数字化控制技术", "浙江省农业科学院", "闷黄工序温湿度与时间数字化控制，黄汤茶品质稳定", "生物与新医药", "黄茶、闷黄、加工工艺", "中试", 150_000m, "许可"),
        new("茶叶加工连续化生产线", "中国农业科学院茶叶研究所", "摊青、杀青、揉捻、干燥连续化，降低用工", "先进制造与自动化", "茶叶加工、连续化生产、生产线", "产业化", 800_000m, "转让"),
        new("中药饮片光电智能色选技术", "温州医科大学", "多光谱成像识别饮片中的杂质与异物并剔除", "生物与新医药", "中药饮片、色选、异物剔除", "中试", 400_000m, "许可"),
        new("中药材真伪近红外光谱快速鉴别", "浙江中医药大学", "近红外光谱结合化学计量学快速鉴别中药材", "生物与新医药", "近红外、中药材、快速检测", "小试", 200_000m, "合作开发"),
        new("锂电极片面密度X射线在线测量系统", "浙江大学", "X射线在线测量涂布面密度，闭环控制涂布厚度", "新能源与节能", "锂电池、面密度、在线测量", "产业化", 900_000m, "许可"),
        new("激光测厚在锂电池隔膜生产中的应用", "温州大学", "双激光位移传感器测量隔膜和极片厚度，精度±1微米", "新能源与节能", "激光测厚、极片、锂电池", "中试", 350_000m, "许可"),
        new("PBAT/PLA生物降解薄膜增韧改性技术", "中国科学院宁波材料技术与工程研究所", "反应增容提高生物降解薄膜的拉伸强度和抗撕裂性能", "新材料", "生物降解、PBAT、增韧", "中试", 600_000m, "转让"),
        new("淀粉基可降解发泡材料", "浙江工业大学", "淀粉基发泡材料替代EPS泡沫包装", "新材料", "可降解、发泡材料、包装", "小试", 300_000m, "合作开发"),
        new("工厂能源管理与能耗在线监测系统", "温州大学", "分项计量、能耗在线监测和节能诊断，适用于中小制造企业", "新能源与节能", "能耗监测、能源管理、节能诊断", "产业化", 200_000m, "许可"),
        new("空压机群控节能技术", "浙江工业大学", "多台空压机按用气量联动控制，节电10%—20%", "新能源与节能", "空压机、群控、节能", "产业化", 250_000m, "转让"),
        new("印染废水臭氧催化氧化脱色技术", "浙江理工大学", "臭氧催化氧化深度处理印染废水，出水色度和COD稳定达标", "资源与环境", "印染废水、高级氧化、脱色", "产业化", 500_000m, "转让"),
        new("电镀废水重金属深度去除技术", "温州大学", "螯合树脂深度去除镍、铜等重金属", "资源与环境", "电镀废水、重金属、深度处理", "中试", 400_000m, "许可"),
        new("鞋用水性聚氨酯胶黏剂", "温州大学", "高初粘力水性聚氨酯胶黏剂，替代溶剂型鞋胶，剥离强度≥4.5N/mm", "新材料", "水性胶黏剂、鞋用胶、聚氨酯", "产业化", 300_000m, "转让"),
        new("鞋底材料轻量化发泡技术", "温州大学", "超临界发泡鞋底材料，减重30%", "新材料", "鞋底、发泡、轻量化", "中试", 400_000m, "许可"),
        new("中小企业仓储管理系统", "温州理工学院", "扫码出入库、货位管理、库存预警，适配中小制造企业", "电子信息", "仓储管理系统、扫码、货位", "产业化", 80_000m, "许可"),
        new("制造执行系统轻量化部署方案", "浙江工业大学", "面向中小企业的轻量化MES，扫码报工、质量追溯", "电子信息", "MES、扫码报工、质量追溯", "产业化", 150_000m, "许可"),
        new("织物疵点机器视觉自动检验系统", "浙江理工大学", "线阵相机扫描布面，深度学习识别断经、破洞、油污", "先进制造与自动化", "织物、疵点、机器视觉", "中试", 450_000m, "许可"),
        new("食品异物X射线智能检测设备", "中国计量大学", "X射线成像检测食品中的金属、玻璃、骨刺等异物", "电子信息", "异物检测、X射线、食品安全", "产业化", 350_000m, "转让"),
        new("高灵敏度金属探测器", "中国计量大学", "多频金属探测技术，可检出0.6毫米铁质异物", "电子信息", "金属探测、异物、食品", "产业化", 150_000m, "转让"),
        new("塑料编织袋生产线智能化改造技术", "温州大学", "拉丝、圆织、覆膜印刷联动控制，断丝自动检测", "先进制造与自动化", "塑编、智能化改造、生产线", "中试", null, "合作开发"),
        new("纳米银抗菌医用敷料", "温州医科大学", "纳米银负载水凝胶敷料，长效抗菌，生物相容性好", "生物与新医药", "医用敷料、纳米银、抗菌", "中试", 700_000m, "转让"),
        new("壳聚糖基抗菌涂层材料", "浙江大学", "壳聚糖季铵盐抗菌涂层，可用于敷料和导管", "生物与新医药", "抗菌涂层、壳聚糖、医用材料", "小试", 400_000m, "合作开发"),
        new("眼科光学相干断层成像辅助诊断算法", "温州医科大学", "基于深度学习的眼底OCT图像辅助诊断", "生物与新医药", "医学影像、人工智能、眼科", "中试", null, "面议"),
        new("农产品冷链物流温度监测系统", "温州理工学院", "冷链车厢温湿度物联网监测与预警", "电子信息", "冷链、物联网、温度监测", "产业化", 100_000m, "许可"),
    ];

    public static async Task SeedAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.TechNeeds.AnyAsync(ct) && !await db.Achievements.AnyAsync(ct))
        {
            await SeedRegistersAsync(db, today, now, ct);
        }
        if (!await db.MarketEvents.AnyAsync(ct) && !await db.CooperationProjects.AnyAsync(ct))
        {
            await SeedFollowUpAsync(db, today, now, ct);
        }
    }

    private static async Task SeedRegistersAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(330326 + 53);
        var own = await db.Users.AsNoTracking().Where(u => u.UserName == SeedDemoData.EnterpriseUser).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.RegionCode == Pingyang && e.Id != own)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Name, e.TechnologyField }).Take(400).ToListAsync(ct);
        var ownName = own is { } id ? await db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => e.Name).FirstAsync(ct) : null;
        var used = new HashSet<Guid>();
        for (var i = 0; i < Needs.Length; i++)
        {
            var topic = Needs[i];
            // The first two are the demo enterprise user's: one published, one it has just filed.
            (Guid Id, string Name) by;
            if (i < 2 && own is { } ownId)
            {
                by = (ownId, ownName!);
            }
            else
            {
                var pick = enterprises.FirstOrDefault(e => e.TechnologyField == topic.Field && !used.Contains(e.Id)) ?? enterprises.First(e => !used.Contains(e.Id));
                used.Add(pick.Id);
                by = (pick.Id, pick.Name);
            }
            var filed = now.AddDays(-(Needs.Length - i) * 9 - random.Next(5));
            var review = i switch { 1 or 17 => MarketWords.Pending, 12 => MarketWords.Returned, _ => MarketWords.Published };
            db.TechNeeds.Add(new TechNeed
            {
                EnterpriseId = by.Id, EnterpriseName = by.Name, RegionCode = Pingyang, Title = topic.Title, Description = topic.Description,
                TargetParameters = topic.Parameters, Field = topic.Field, Keywords = [.. Matching.MatchRecord.SplitKeywords(topic.Keywords)],
                BudgetMin = topic.Min, BudgetMax = topic.Max, CooperationMode = topic.Mode, Deadline = today.AddDays(60 + random.Next(240)),
                Status = i % 7 == 3 ? MarketWords.Matching : i == 5 ? MarketWords.Cooperating : MarketWords.Open,
                Review = review, PublishedAt = review == MarketWords.Published ? filed.AddDays(2) : null,
                ReviewedBy = review == MarketWords.Pending ? null : "py_staff",
                ReturnReason = review == MarketWords.Returned ? "请补充现有空压机台数、功率和年用电量，便于对接单位评估" : null,
                CreatedAt = filed, UpdatedAt = review == MarketWords.Published ? filed.AddDays(2) : filed,
            });
        }
        for (var i = 0; i < Achievements.Length; i++)
        {
            var topic = Achievements[i];
            var registered = now.AddDays(-(Achievements.Length - i) * 5 - random.Next(4));
            var achievement = new Achievement
            {
                Holder = topic.Holder, RegionCode = Pingyang, Title = topic.Title, Description = topic.Description, Field = topic.Field,
                Keywords = [.. Matching.MatchRecord.SplitKeywords(topic.Keywords)], Stage = topic.Stage, Price = topic.Price, TransferMode = topic.Mode,
                CreatedAt = registered, UpdatedAt = registered,
            };
            db.Achievements.Add(achievement);
            for (var p = 0; p < (topic.Stage == "小试" ? 1 : 1 + random.Next(2)); p++)
            {
                // An invention patent (type 1) filed some years back, its check digit computed as CNIPA does.
                var year = today.Year - 2 - random.Next(8);
                var digits = string.Create(CultureInfo.InvariantCulture, $"{year}1{random.Next(0, 10_000_000):D7}");
                db.AchievementPatents.Add(new AchievementPatent
                {
                    AchievementId = achievement.Id, Number = $"ZL{digits}.{PatentNumber.CheckDigit(digits)}",
                    ExpiresOn = new DateOnly(year + 20, 1 + random.Next(12), 1 + random.Next(28)),
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The need × achievement pairs the demo event put forward, by the beginnings of their titles.</summary>
    private static readonly (string Need, string Achievement)[] EventPairs =
    [
        ("注塑外壳", "基于深度学习的注塑件"), ("皮革鞣制", "制革含铬废水"), ("阀门密封面", "阀门密封面激光熔覆"), ("汽配冲压件", "冲压件去毛刺机器人"), ("黄汤茶", "黄茶闷黄"),
    ];

    /// <summary>
    /// 平阳县's follow-up (docs/domain.md §7.1): an event held forty days ago with its invitees, attendance, pairs and
    /// on-site intentions; four cooperation projects with their payments — one on the demo enterprise user's need, one
    /// overdue for follow-up, one citing a registered technology contract of the county, one with an expert of the pool.
    /// </summary>
    private static async Task SeedFollowUpAsync(KechuangDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var needs = await db.TechNeeds.Where(n => n.RegionCode == Pingyang && n.Review == MarketWords.Published).ToListAsync(ct);
        var achievements = await db.Achievements.AsNoTracking().Where(a => a.RegionCode == Pingyang).ToListAsync(ct);
        var pairs = EventPairs
            .Select(p => (Need: needs.FirstOrDefault(n => n.Title.StartsWith(p.Need, StringComparison.Ordinal)), Achievement: achievements.FirstOrDefault(a => a.Title.StartsWith(p.Achievement, StringComparison.Ordinal))))
            .Where(p => p.Need is not null && p.Achievement is not null).Select(p => (Need: p.Need!, Achievement: p.Achievement!)).ToList();
        if (pairs.Count < 3)
        {
            return;                                       // the registers are not the demo's: nothing to follow up
        }
        var e = new MarketEvent
        {
            RegionCode = Pingyang, Title = "平阳县智能制造与绿色制造产学研对接会", HeldOn = today.AddDays(-40), Place = "平阳县科技创新服务中心",
            Organisers = "平阳县科学技术局、温州大学技术转移中心", Notes = "企业路演需求，高校院所现场解读成果，一对一洽谈", CreatedAt = now.AddDays(-50), UpdatedAt = now.AddDays(-39),
        };
        var position = 0;
        foreach (var (enterpriseId, name) in pairs.Select(p => (p.Need.EnterpriseId, p.Need.EnterpriseName)).Distinct())
        {
            var came = position != 3;                     // one enterprise sent its apologies
            e.Invitees.Add(new EventInvitee { EventId = e.Id, Position = position++, EnterpriseId = enterpriseId, Name = name, Attended = came, HeadCount = came ? 2 + position % 2 : 0 });
        }
        foreach (var holder in pairs.Select(p => p.Achievement.Holder).Distinct())
        {
            e.Invitees.Add(new EventInvitee { EventId = e.Id, Position = position++, Name = holder, Attended = true, HeadCount = 2 });
        }
        foreach (var (pair, i) in pairs.Select((p, i) => (p, i)))
        {
            e.Pairs.Add(new EventPair
            {
                EventId = e.Id, Position = i, NeedId = pair.Need.Id, NeedTitle = pair.Need.Title, EnterpriseId = pair.Need.EnterpriseId, EnterpriseName = pair.Need.EnterpriseName,
                AchievementId = pair.Achievement.Id, AchievementTitle = pair.Achievement.Title, Holder = pair.Achievement.Holder,
            });
        }
        string[] notes = ["现场达成技术开发意向，一个月内完成样机方案", "企业将派人赴高校实验室考察中试线", "双方同意先做小批量试验再定合作方式"];
        foreach (var (pair, i) in pairs.Take(3).Select((p, i) => (p, i)))
        {
            e.Intentions.Add(new EventIntention
            {
                EventId = e.Id, Position = i, EnterpriseId = pair.Need.EnterpriseId, EnterpriseName = pair.Need.EnterpriseName, Holder = pair.Achievement.Holder,
                NeedId = pair.Need.Id, AchievementId = pair.Achievement.Id, Note = notes[i],
            });
        }
        db.MarketEvents.Add(e);

        CooperationProject FromPair((TechNeed Need, Achievement Achievement) pair, int signedDaysAgo, decimal amount, string mode) =>
            new()
            {
                RegionCode = Pingyang, EnterpriseId = pair.Need.EnterpriseId, EnterpriseName = pair.Need.EnterpriseName, Holder = pair.Achievement.Holder,
                Title = pair.Need.Title, Mode = mode, SignedOn = today.AddDays(-signedDaysAgo), Amount = amount, NeedId = pair.Need.Id, NeedTitle = pair.Need.Title,
                AchievementId = pair.Achievement.Id, AchievementTitle = pair.Achievement.Title, CreatedAt = now.AddDays(-signedDaysAgo), UpdatedAt = now,
            };
        void Pay(CooperationProject c, int daysAgo, decimal amount, string? note) =>
            db.CooperationPayments.Add(new CooperationPayment { CooperationId = c.Id, PaidOn = today.AddDays(-daysAgo), Amount = amount, Note = note });

        // On the demo enterprise user's need, from the event: first instalment paid, next visit in three weeks.
        var first = FromPair(pairs[0], 25, 450_000m, "技术开发");
        (first.EventId, first.EventTitle, first.NextFollowUpOn, first.LastFollowUpOn, first.FollowUpNote) =
            (e.Id, e.Title, today.AddDays(20), today.AddDays(-10), "样机已在一号注塑车间试运行");
        db.CooperationProjects.Add(first);
        Pay(first, 20, 150_000m, "首期款");
        // From the event too, its follow-up a week overdue.
        var second = FromPair(pairs[1], 30, 800_000m, "技术开发");
        (second.EventId, second.EventTitle, second.NextFollowUpOn, second.FollowUpNote) = (e.Id, e.Title, today.AddDays(-7), "中试装置安装中");
        db.CooperationProjects.Add(second);
        Pay(second, 25, 300_000m, "首期款");
        Pay(second, 5, 200_000m, "二期款");
        var third = FromPair(pairs[2], 90, 250_000m, "技术许可");
        third.NextFollowUpOn = today.AddDays(45);
        // The contract the county registered for it, if the contracts demo has one (docs/domain.md §5).
        var contract = await db.TechContracts.AsNoTracking().Where(c => c.SellerRegionCode == Pingyang && c.RegistrationNo != null)
            .OrderByDescending(c => c.SignedOn).ThenBy(c => c.Id).Select(c => new { c.Id, c.RegistrationNo, c.Name }).FirstOrDefaultAsync(ct);
        if (contract is not null)
        {
            (third.ContractId, third.ContractLabel) = (contract.Id, $"{contract.RegistrationNo} {contract.Name}");
        }
        db.CooperationProjects.Add(third);
        Pay(third, 80, 250_000m, "一次付清");
        foreach (var pair in pairs.Take(3))
        {
            pair.Need.Status = MarketWords.Cooperating;
        }
        // A consultation with an expert of the pool: paid, no further follow-up.
        if (pairs.Count > 4 && await db.Experts.AsNoTracking().Where(x => x.RegionCode == Pingyang).OrderBy(x => x.Id).Select(x => new { x.Id, x.Name, x.Organisation }).FirstOrDefaultAsync(ct) is { } expert)
        {
            var need = pairs[4].Need;
            var consult = new CooperationProject
            {
                RegionCode = Pingyang, EnterpriseId = need.EnterpriseId, EnterpriseName = need.EnterpriseName, Holder = expert.Organisation, Title = need.Title + "技术咨询",
                Mode = "技术咨询", SignedOn = today.AddDays(-60), Amount = 60_000m, NeedId = need.Id, NeedTitle = need.Title, ExpertId = expert.Id, ExpertName = expert.Name,
                LastFollowUpOn = today.AddDays(-15), FollowUpNote = "闷黄工序温湿度曲线已交付，企业按新工艺生产", CreatedAt = now.AddDays(-60), UpdatedAt = now,
            };
            db.CooperationProjects.Add(consult);
            Pay(consult, 50, 60_000m, null);
            need.Status = MarketWords.Cooperating;
        }
        await db.SaveChangesAsync(ct);
    }
}
