using Kechuang.Common;
using Kechuang.Regions;
using Kechuang.Web.Components.Shared;

namespace Kechuang.Web.Components.Pages.Cultivation;

/// <summary>
/// Names for the county codes that pool cards and reminders carry. The board seeds it with the caller's own
/// sub-regions; codes further down (a national or provincial user's counties) are looked up once, when first seen.
/// </summary>
public sealed class RegionNameCache
{
    private readonly Dictionary<string, string> _names = [];

    public void Seed(IEnumerable<KeyValuePair<string, string>> names)
    {
        foreach (var (code, name) in names)
        {
            _names[code] = name;
        }
    }

    public string Name(string code) => _names.GetValueOrDefault(code, code);

    public async Task ResolveAsync(PageServices pages, IEnumerable<string> codes)
    {
        var missing = codes.Distinct().Where(c => !_names.ContainsKey(c)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        try
        {
            await pages.RunAsync<GetRegion>(async (h, _) =>
            {
                foreach (var code in missing)
                {
                    _names[code] = (await h.HandleAsync(code)).Name;
                }
            });
        }
        catch (KechuangException)
        {
            // A retired or unknown code keeps showing as the code itself.
        }
    }
}
