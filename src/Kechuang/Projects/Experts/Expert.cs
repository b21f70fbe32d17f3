using Kechuang.Data;

namespace Kechuang.Projects.Experts;

/// <summary>
/// An expert of a bureau's pool (专家库, docs/domain.md §6.1): who reviews plan projects, acceptances and later 产学研
/// matches. The organisation and the declared relations decide whom the expert must not review (回避).
/// </summary>
public sealed class Expert : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }

    /// <summary>工作单位, as the expert writes it; its 统一社会信用代码 when known, to match applicants exactly.</summary>
    public required string Organisation { get; set; }

    public string? OrganisationUscc { get; set; }

    /// <summary>职称, e.g. 正高级工程师, 教授.</summary>
    public string? Title { get; set; }

    /// <summary>专业领域: the fields the expert reviews, e.g. 电子信息, 智能装备, first the main one.</summary>
    public List<string> Fields { get; set; } = [];

    /// <summary>The region whose pool keeps the expert: a county's, a city's or a province's bureau.</summary>
    public required string RegionCode { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Whether the expert takes reviews now; when not, why (出国, 退休 …) — a draw skips the expert.</summary>
    public bool Available { get; set; } = true;

    public string? UnavailableReason { get; set; }

    /// <summary>The expert's own login (role expert) when it has one: what the expert's portal will show it.</summary>
    public string? UserName { get; set; }

    public List<ExpertRelation> Relations { get; init; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A declared relation (申报的回避关系): an organisation or a person the expert must not review, and why.</summary>
public sealed class ExpertRelation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ExpertId { get; init; }

    /// <summary><see cref="ExpertWords.Organisation"/> or <see cref="ExpertWords.Person"/>.</summary>
    public required string Kind { get; init; }

    public required string Name { get; init; }
    public string? Uscc { get; init; }
    public string? Reason { get; init; }
}

public static class ExpertWords
{
    public const string Organisation = "organisation";
    public const string Person = "person";

    public static string? Kind(string? text) => text?.Trim() switch
    {
        "organisation" or "单位" => Organisation,
        "person" or "个人" or "人员" => Person,
        _ => null,
    };

    public static string Chinese(string kind) => kind == Person ? "人员" : "单位";
}
