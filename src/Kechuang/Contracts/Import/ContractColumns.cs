using Kechuang.Common.Excel;

namespace Kechuang.Contracts.Import;

/// <summary>
/// The columns of a contract import (docs/contracts.md), also the first columns of the export so an export can be imported
/// again. A row with 登记编号 and 登记日期 is a registered contract; without both, a received one.
/// </summary>
public static class ContractColumns
{
    public const int RegistrationNo = 0, Name = 1, TypeName = 2, SellerName = 3, SellerUscc = 4, SellerRegionCode = 5, BuyerName = 6,
        BuyerUscc = 7, BuyerRegionCode = 8, SignedOn = 9, ReceivedOn = 10, RegisteredOn = 11, Turnover = 12, TechTransaction = 13;

    public static readonly IReadOnlyList<ExcelColumn> All =
    [
        new("登记编号", "registrationNo", Width: 20),
        new("合同名称", "name", Required: true, Width: 36),
        new("合同类别", "type", Required: true, Width: 18),
        new("卖方名称", "sellerName", Required: true, Width: 30),
        new("卖方统一社会信用代码", "sellerUscc", Required: true, Width: 22),
        new("卖方地区代码", "sellerRegionCode", Required: true),
        new("买方名称", "buyerName", Required: true, Width: 30),
        new("买方统一社会信用代码", "buyerUscc", Width: 22),
        new("买方地区代码", "buyerRegionCode"),
        new("签订日期", "signedOn", Required: true, Format: ExcelColumn.DateFormat),
        new("受理日期", "receivedOn", Required: true, Format: ExcelColumn.DateFormat),
        new("登记日期", "registeredOn", Format: ExcelColumn.DateFormat),
        new("合同成交额", "turnover", Required: true, Format: ExcelColumn.MoneyFormat),
        new("技术交易额", "techTransaction", Required: true, Format: ExcelColumn.MoneyFormat),
    ];

    /// <summary>Export only: the decision, after the import columns.</summary>
    public static readonly IReadOnlyList<ExcelColumn> Export =
    [
        .. All,
        new("状态", "status", Width: 10),
        new("不予登记理由", "refusalReason", Width: 30),
        new("所属区县", "sellerRegionName", Width: 12),
    ];

    public static string Header(string field) => All.FirstOrDefault(c => c.Field == field)?.Header ?? field;
}
