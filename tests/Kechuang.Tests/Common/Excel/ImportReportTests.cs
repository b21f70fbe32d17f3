using Kechuang.Common.Excel;

namespace Kechuang.Tests.Common.Excel;

public class ImportReportTests
{
    private static readonly ImportError[] TwoErrorsInRowThree = [new(3, "金额", "abc", "不是数字"), new(3, "日期", "x", "不是日期")];

    [Fact]
    public void BadRows_CountsRowsNotErrors_UnlessTheImportSaysSo()
    {
        var listed = new ImportReport(10, 0, 0, 0, 10, false, false, TwoErrorsInRowThree);
        var truncated = listed with { BadRows = 7, ErrorsTruncated = true };

        Assert.Equal(1, listed.BadRows);
        Assert.Equal(7, truncated.BadRows);
    }

    [Fact]
    public void Summary_NamesWhatIsCounted_OnlyWhereCountsArePrinted()
    {
        var written = new ImportReport(12, 30, 2, 0, 0, false, true, []) { CountedAs = "数据项" };
        var refused = new ImportReport(12, 0, 0, 0, 12, false, false, TwoErrorsInRowThree) { CountedAs = "数据项" };

        Assert.Equal("导入完成：共 12 行，数据项：新增 30、更新 2、无变化 0。", written.Summary);
        Assert.StartsWith("共 12 行，其中 1 行有错误，本次未写入任何数据。", refused.Summary, StringComparison.Ordinal);
    }
}
