using System.Net.Http.Headers;

namespace Kechuang.Web.Tests.Support;

/// <summary>An .xlsx upload built from rows keyed by the sheet's Chinese headers, as a user's sheet would be.</summary>
public static class TestSheets
{
    public static MultipartFormDataContent Upload(string fileName, params Dictionary<string, object?>[] rows)
    {
        var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }
}
