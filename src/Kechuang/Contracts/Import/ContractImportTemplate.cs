using MiniExcelLibs.OpenXml;

namespace Kechuang.Contracts.Import;

/// <summary>Widths and formats of the import columns, for the template and the export.</summary>
public static class ContractImportTemplate
{
    public static OpenXmlConfiguration Configuration() => ExportContracts.Configuration(ContractColumns.All);
}
