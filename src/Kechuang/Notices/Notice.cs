using Kechuang.Data;

namespace Kechuang.Notices;

/// <summary>
/// 通知公告 (docs/domain.md §7.11): a bureau's notice to an audience of enterprises — a region's, a title's holders, the
/// cultivation pool or a list — drafted, published (the audience then fixed as its receipts) and maybe withdrawn.
/// </summary>
public sealed class Notice : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The issuing bureau's region; "all enterprises" means this region's and those under it.</summary>
    public required string RegionCode { get; set; }

    public required string Title { get; set; }
    public required string Body { get; set; }
    public required string Audience { get; set; }

    /// <summary>The title of <see cref="NoticeAudience.Title"/>: 高新技术企业 or 科技型中小企业.</summary>
    public string? AudienceTitle { get; set; }

    /// <summary>The enterprises of <see cref="NoticeAudience.List"/>.</summary>
    public List<Guid> EnterpriseIds { get; set; } = [];

    public bool IsPublic { get; set; }

    /// <summary>Replies are taken up to and including this day (China time); none after.</summary>
    public DateOnly? Deadline { get; set; }

    public string Status { get; set; } = NoticeStatus.Draft;
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public int Version { get; set; }
}

public static class NoticeStatus
{
    public const string Draft = "草稿";
    public const string Published = "已发布";
    public const string Withdrawn = "已撤回";
}

/// <summary>One enterprise of a published notice's audience, with its read receipt.</summary>
public sealed class NoticeRecipient
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NoticeId { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ReadBy { get; set; }
}

/// <summary>An enterprise's reply to a notice (text, an optional file), taken until the deadline.</summary>
public sealed class NoticeReply
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NoticeId { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; init; }
    public required string UserName { get; init; }
    public required string Text { get; init; }
    public Guid? FileId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A notice's attachment, or a reply's (<see cref="ReplyId"/> set). Lists never load <see cref="Content"/>.</summary>
public sealed class NoticeFile
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NoticeId { get; init; }
    public Guid? ReplyId { get; set; }
    public Guid? EnterpriseId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public required byte[] Content { get; init; }
}
