using Kechuang.Data;
using Kechuang.Indicators.Derived;

namespace Kechuang.Enterprises;

/// <summary>An enterprise the bureau serves: the central register (docs/domain.md §4).</summary>
public sealed class Enterprise : IVersioned, IFeedsIndicators
{
    string IFeedsIndicators.Register => EnterpriseIndicators.RegisterName;

    string? IFeedsIndicators.RegionFed(Microsoft.EntityFrameworkCore.DbContext context) => RegionCode;

    /// <summary>
    /// The region of enterprise <paramref name="id"/> when the context tracks it (the use cases that write facts or
    /// titles load their enterprise first), else null: the change then counts for every region.
    /// </summary>
    internal static string? TrackedRegion(Microsoft.EntityFrameworkCore.DbContext context, Guid id) =>
        context.Set<Enterprise>().Local.FindEntry(id)?.Entity.RegionCode;

    private string _name = "";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameInitials = PinyinInitials.Of(value);
        }
    }

    /// <summary>拼音首字母 of <see cref="Name"/>, kept with it so a search can match "wzhc" (ListEnterprises).</summary>
    public string NameInitials { get; set; } = "";

    /// <summary>统一社会信用代码, unique; see <see cref="Uscc"/>.</summary>
    public required string Uscc { get; set; }

    /// <summary>County-level region (6 digits) the enterprise is registered with.</summary>
    public required string RegionCode { get; set; }

    /// <summary>Town or street (9 digits) inside the county, when known.</summary>
    public string? TownCode { get; set; }

    public string? Address { get; set; }

    /// <summary>国民经济行业分类 GB/T 4754 code, e.g. C3981.</summary>
    public string? IndustryCode { get; set; }

    public DateOnly? FoundedOn { get; set; }

    /// <summary>规模以上 (above designated size).</summary>
    public bool AboveScale { get; set; }

    /// <summary>One of the 8 HTE fields by its Chinese name, or null.</summary>
    public string? TechnologyField { get; set; }

    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}
