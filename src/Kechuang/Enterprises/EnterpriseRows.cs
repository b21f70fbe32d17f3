using Kechuang.Common.Excel;
using Kechuang.Regions;
using Kechuang.Users;

namespace Kechuang.Enterprises;

/// <summary>
/// The enterprise an import row names (the patent office's list, the recruits' sheet): by its 统一社会信用代码, else by
/// its exact name among the register's enterprises inside the caller's region; the reason on the row when there is none
/// or several. Read the candidates first with <see cref="EnterpriseLookup.ByUsccAsync"/> and <see cref="EnterpriseLookup.ByNameAsync"/>.
/// </summary>
internal static class EnterpriseRows
{
    public static (Guid Id, string RegionCode)? Find(RowCells cells, Caller caller, string usccField, string nameField, string missingName,
        Dictionary<string, (Guid Id, string Name, string RegionCode)> byUscc, ILookup<string, (Guid Id, string RegionCode)> byName)
    {
        var uscc = cells.Text(usccField)?.Trim().ToUpperInvariant();
        var name = cells.Text(nameField)?.Trim();
        if (!string.IsNullOrEmpty(uscc))
        {
            if (!byUscc.TryGetValue(uscc, out var found) || !caller.Region.Covers(found.RegionCode))
            {
                cells.Add(usccField, $"统一社会信用代码 {uscc} 不在本辖区的企业库中：请先登记该企业");
                return null;
            }
            return (found.Id, found.RegionCode);
        }
        if (string.IsNullOrEmpty(name))
        {
            cells.Add(nameField, missingName);
            return null;
        }
        var matches = byName[name].Where(e => caller.Region.Covers(e.RegionCode)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }
        cells.Add(nameField, matches.Count == 0
            ? $"企业库中本辖区没有名为“{name}”的企业：请先登记该企业，或填写统一社会信用代码"
            : $"本辖区有 {matches.Count} 家名为“{name}”的企业：请填写统一社会信用代码");
        return null;
    }
}
