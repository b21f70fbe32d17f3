using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

/// <summary>An empty sheet for each kind: the headers the import expects and one example row showing the formats.</summary>
public static class ImportTemplates
{
    /// <summary>A valid code for the example rows (平阳县, organisation code MA2H7K3L plus its check).</summary>
    internal static readonly string ExampleUscc = Uscc.Create("330326", "MA2H7K3L").Value;

    public static void Write(ImportKind kind, Stream output) =>
        ExcelOutput.Write(output, kind.Chinese(), kind.Columns(), [Example(kind)]);

    public static string FileName(ImportKind kind) => $"{kind.Chinese()}导入模板.xlsx";

    private static Dictionary<string, object?> Example(ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => EnterpriseColumns.Example(),
        ImportKind.Facts => YearFactsColumns.Example(),
        ImportKind.Qualifications => QualificationColumns.Example(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
