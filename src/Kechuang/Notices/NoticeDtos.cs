namespace Kechuang.Notices;

/// <summary>POST /api/notices and PUT /api/notices/{id} (a draft; version on PUT).</summary>
public sealed record NoticeRequest(string? Title, string? Body, string? RegionCode, string? Audience, string? AudienceTitle,
    IReadOnlyList<Guid>? EnterpriseIds, bool IsPublic, DateOnly? Deadline, int? Version = null);

/// <summary>POST /api/notices/{id}/publish: an empty audience publishes only with <c>confirmEmpty: true</c>.</summary>
public sealed record PublishNoticeRequest(bool ConfirmEmpty = false);

public sealed record NoticeFileDto(Guid Id, string FileName, string ContentType, long Size);

public sealed record NoticeDto(Guid Id, string RegionCode, string Title, string Body, string Audience, string? AudienceTitle,
    IReadOnlyList<Guid> EnterpriseIds, string AudienceText, bool IsPublic, DateOnly? Deadline, string Status, string CreatedBy,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt, int Version,
    int AudienceCount, int ReadCount, int ReplyCount, IReadOnlyList<NoticeFileDto> Files);

public sealed record NoticeListItem(Guid Id, string Title, string Status, string AudienceText, bool IsPublic, DateOnly? Deadline,
    DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, int AudienceCount, int ReadCount, int ReplyCount);

public sealed record ListNoticesQuery(string? Status, string? Q, int? Page, int? PageSize);

public sealed record ReceiptDto(Guid EnterpriseId, string EnterpriseName, DateTimeOffset? ReadAt, string? ReadBy, int Replies);

public sealed record ReplyDto(Guid Id, Guid EnterpriseId, string EnterpriseName, string UserName, string Text, NoticeFileDto? File, DateTimeOffset CreatedAt);

public sealed record NoticeReceiptsDto(Guid NoticeId, string Title, int AudienceCount, int ReadCount, IReadOnlyList<ReceiptDto> Receipts,
    IReadOnlyList<ReplyDto> Replies);

/// <summary>What an enterprise user sees of a notice addressed to it.</summary>
public sealed record MyNoticeItem(Guid Id, string Title, string IssuedBy, DateTimeOffset PublishedAt, DateOnly? Deadline, bool Withdrawn,
    DateTimeOffset? ReadAt, int Replies);

public sealed record MyNoticeDto(Guid Id, string Title, string Body, string IssuedBy, DateTimeOffset PublishedAt, DateOnly? Deadline,
    bool Withdrawn, bool CanReply, IReadOnlyList<NoticeFileDto> Files, IReadOnlyList<ReplyDto> Replies);

public sealed record AudienceMember(Guid Id, string Name);

/// <summary>How many enterprises a draft reaches today, with them (the editor's picker and count).</summary>
public sealed record AudiencePreview(int Count, IReadOnlyList<AudienceMember> Members);

/// <summary>The public page (docs/domain.md §7.11): public notices, open calls and the 公示 lists in their period.</summary>
/// <summary>A public notice with its own attachments (never the enterprises' replies), downloadable without a login.</summary>
public sealed record PublicNoticeDto(Guid Id, string Title, string Body, string IssuedBy, DateTimeOffset PublishedAt, DateOnly? Deadline,
    IReadOnlyList<NoticeFileDto> Files);

public sealed record PublicBoard(IReadOnlyList<PublicNoticeDto> Notices, IReadOnlyList<Projects.Calls.OpenCallDto> Calls,
    IReadOnlyList<Projects.Reviews.PublicityNotice> Publicity, IReadOnlyList<Policies.AwardPublicity>? Awards = null);
