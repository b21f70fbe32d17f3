using W = Kechuang.Indicators.IndicatorWords;

namespace Kechuang.Indicators;

/// <summary>
/// The indicators every deployment starts with: those seen in real county work summaries (docs/domain.md §3).
/// A bureau edits, adds and retires them as its province's assessment requires.
/// </summary>
public static class IndicatorCatalogue
{
    public static readonly Indicator[] Defaults =
    [
        Make(1, "rd_expenditure", "全社会R&D经费投入", "亿元", W.Flow),
        Make(2, "rd_intensity", "R&D经费投入强度", "%", W.Ratio, W.Derived, "rd_expenditure", "gdp"),
        Make(3, "above_scale_rd_expense", "规上工业企业研发费用", "亿元", W.Flow),
        Make(4, "rd_active_enterprises", "有研发活动的规上企业数", "家", W.Stock, W.Derived),
        Make(5, "rd_active_share", "有研发活动的规上企业占比", "%", W.Ratio, W.Derived, "rd_active_enterprises", "reporting_above_scale_enterprises"),
        Make(6, "high_tech_value_added", "高新技术产业增加值", "亿元", W.Flow),
        Make(7, "high_tech_value_added_share", "高新技术产业增加值占规上工业增加值比重", "%", W.Ratio, W.Derived, "high_tech_value_added", "industrial_value_added"),
        Make(8, "high_tech_investment", "高新技术产业投资", "亿元", W.Flow),
        Make(9, "tech_contract_count", "技术合同数", "项", W.Flow, W.Derived),
        Make(10, "tech_contract_turnover", "技术合同成交额", "亿元", W.Flow, W.Derived),
        Make(11, "tech_transaction", "技术交易额", "亿元", W.Flow, W.Derived),
        Make(12, "new_hte_count", "新认定高新技术企业数", "家", W.Flow, W.Derived),
        Make(13, "hte_total", "高新技术企业总数", "家", W.Stock, W.Derived),
        Make(14, "tech_sme_count", "科技型中小企业入库数", "家", W.Flow, W.Derived),
        Make(15, "new_rd_institutions", "新增省级以上研发机构数", "家", W.Flow, W.Derived),
        Make(16, "new_incubator_area", "新增孵化空间面积", "万平方米", W.Flow, W.Derived),
        Make(17, "patent_applications", "专利申请量", "件", W.Flow),
        Make(18, "patent_grants", "专利授权量", "件", W.Flow),
        Make(19, "invention_patent_grants", "发明专利授权量", "件", W.Flow),
        Make(20, "commissioners", "科技特派员数", "人", W.Stock, W.Derived),
        Make(21, "commissioner_coverage", "科技特派员镇村覆盖率", "%", W.Ratio),
        Make(22, "fiscal_st_spending", "财政科技投入", "亿元", W.Flow),
        Make(23, "fiscal_st_share", "财政科技投入占一般公共预算支出比重", "%", W.Ratio, W.Derived, "fiscal_st_spending", "fiscal_spending"),
        Make(24, "plan_projects_approved", "立项科技计划项目数", "项", W.Flow, W.Derived),
        Make(25, "plan_project_funding", "下达科技计划项目经费", "万元", W.Flow, W.Derived),
        Make(28, "plan_projects_accepted", "验收科技计划项目数", "项", W.Flow, W.Derived),
        // 防震减灾 (docs/domain.md §7.10): the register computes the share itself, from the approvals decided.
        Make(26, "seismic_approvals", "抗震设防要求审批办结数", "件", W.Flow, W.Derived),
        Make(27, "seismic_ontime_share", "抗震设防要求审批按时办结率", "%", W.Ratio, W.Derived),
        // 产学研 技术市场 (docs/domain.md §7.1): what the market registers count, year to date.
        Make(29, "market_needs", "征集企业技术需求数", "项", W.Flow, W.Derived),
        Make(30, "market_achievements", "发布科技成果数", "项", W.Flow, W.Derived),
        Make(31, "market_events", "举办产学研对接活动数", "场", W.Flow, W.Derived),
        Make(32, "market_cooperations", "促成产学研合作项目数", "项", W.Flow, W.Derived),
        Make(33, "market_cooperation_amount", "产学研合作合同金额", "万元", W.Flow, W.Derived),
        // 知识产权 (docs/domain.md §7.8): from the enterprises' patent register, beside the reported 发明专利授权量 (the
        // statistics' count, all applicants); the register computes the per-10,000 figure with its population table.
        Make(34, "invention_patents_granted", "企业发明专利授权数", "件", W.Flow, W.Derived),
        Make(35, "patents_per_10k", "每万人发明专利拥有量", "件/万人", W.Ratio, W.Derived),
        // 政策兑现 (docs/domain.md §7.5): what the awards register paid, by the day of payment, year to date.
        Make(36, "policy_rewards_paid", "兑现科技创新奖励扶持资金", "万元", W.Flow, W.Derived),
        Make(37, "policy_enterprises", "获政策兑现企业数", "家", W.Flow, W.Derived),
        // 人才 (docs/domain.md §7.7): from the talent registers, year to date — awards announced, recruits joined.
        Make(40, "talents_awarded", "入选省级以上人才计划人数", "人", W.Flow, W.Derived),
        Make(41, "postgraduates_recruited", "新招引研究生数", "人", W.Flow, W.Derived),
        Make(42, "postdocs_recruited", "新招引博士后数", "人", W.Flow, W.Derived),
        // 科普和创新创业 (docs/domain.md §7.9): the outreach registers' counts, year to date; the bases a stock.
        Make(45, "outreach_events", "举办科技活动周、科普活动场次", "场", W.Flow, W.Derived),
        Make(46, "outreach_attendance", "科普活动参与人次", "人次", W.Flow, W.Derived),
        Make(47, "training_attendance", "科技培训人次", "人次", W.Flow, W.Derived),
        Make(48, "competition_awards", "创新创业大赛获奖数", "项", W.Flow, W.Derived),
        Make(49, "science_bases", "科普基地数", "家", W.Stock, W.Derived),
        // 创新券 and 科技金融 (docs/domain.md §7.4): amounts the registers sum, year to date.
        Make(50, "vouchers_redeemed", "兑现创新券金额", "万元", W.Flow, W.Derived),
        Make(51, "tech_loans", "科技贷款发放额", "亿元", W.Flow, W.Derived),
        // 走访服务 (docs/domain.md §7.13): the visit register, year to date.
        Make(52, "enterprises_visited", "走访企业数", "家", W.Flow, W.Derived),
        Make(53, "visit_problems", "走访收集问题数", "个", W.Flow, W.Derived),
        Make(54, "visit_problems_solved", "走访问题解决数", "个", W.Flow, W.Derived),
        // Denominators of the ratios above, listed last: reference indicators, not the bureau's tasks (docs/domain.md §9).
        Reference(Make(90, "gdp", "地区生产总值", "亿元", W.Flow)),
        Reference(Make(91, "industrial_value_added", "规上工业增加值", "亿元", W.Flow)),
        Reference(Make(92, "fiscal_spending", "一般公共预算支出", "亿元", W.Flow)),
        Reference(Make(93, "reporting_above_scale_enterprises", "填报年度数据的规上企业数", "家", W.Stock, W.Derived)),
    ];

    /// <summary>The codes of <see cref="Defaults"/> that are 参考指标 (context), not 考核指标.</summary>
    public static IReadOnlyList<string> ReferenceCodes => [.. Defaults.Where(i => !i.Assessed).Select(i => i.Code)];

    private static Indicator Reference(Indicator indicator)
    {
        indicator.Assessed = false;
        return indicator;
    }

    private static Indicator Make(
        int order, string code, string name, string unit, string kind,
        string source = W.Reported, string? numerator = null, string? denominator = null) => new()
        {
            Code = code,
            Name = name,
            Unit = unit,
            Kind = kind,
            Direction = W.Higher,
            Source = source,
            NumeratorCode = numerator,
            DenominatorCode = denominator,
            SortOrder = order,
        };
}
