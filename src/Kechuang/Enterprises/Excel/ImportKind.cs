using Kechuang.Common.Excel;

namespace Kechuang.Enterprises.Excel;

public enum ImportKind
{
    Enterprises,
    Facts,
    Qualifications,
}

/// <summary>The word a kind goes by in URLs and on the command line, its Chinese name, columns and use case.</summary>
public static class ImportKinds
{
    public static string Word(this ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => "enterprises",
        ImportKind.Facts => "facts",
        ImportKind.Qualifications => "qualifications",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Chinese(this ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => "企业",
        ImportKind.Facts => "年度经营数据",
        ImportKind.Qualifications => "企业资质",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<ExcelColumn> Columns(this ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => EnterpriseColumns.All,
        ImportKind.Facts => YearFactsColumns.All,
        ImportKind.Qualifications => QualificationColumns.All,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The use case that imports this kind; resolve it from the container as <see cref="IExcelImport"/>.</summary>
    public static Type Handler(this ImportKind kind) => kind switch
    {
        ImportKind.Enterprises => typeof(ImportEnterprises),
        ImportKind.Facts => typeof(ImportYearFacts),
        ImportKind.Qualifications => typeof(ImportQualifications),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? word, out ImportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(candidate.Word(), word?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static string AllWords => string.Join("、", Enum.GetValues<ImportKind>().Select(k => k.Word()));
}
