namespace Kechuang.Common.Excel;

/// <summary>The media type every .xlsx download is sent with.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
