using Kechuang.Common;
using Kechuang.Data;
using Kechuang.Regions;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>
/// GET /api/messages/outbox: the history of e-mail and SMS to the users of the caller's region — status, attempts, the
/// next attempt and the last error — so a 失败 is seen and sent again (docs/domain.md §7.11).
/// </summary>
public sealed class ListOutbox(KechuangDbContext db)
{
    public async Task<Page<OutboxRowDto>> HandleAsync(Caller caller, ListOutboxQuery query, CancellationToken ct = default)
    {
        MessagingAccess.RequireHistoryReader(caller);
        var (page, size) = Page<OutboxRowDto>.Normalize(query.Page, query.PageSize);
        var rows = db.OutboxMessages.AsNoTracking().Within(m => m.RegionCode, caller.Region, RegionColumn.AnyCodes, RegionScope.MatchFor(db));
        if (Validation.Blank(query.Status) is { } status)
        {
            rows = rows.Where(m => m.Status == status);
        }
        if (Validation.Blank(query.Channel) is { } channel)
        {
            rows = rows.Where(m => m.Channel == channel);
        }
        if (Validation.Blank(query.Q) is { } q)
        {
            rows = rows.Where(m => m.Subject.Contains(q) || m.Address.Contains(q));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var ids = items.Select(m => m.UserId).Distinct().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => EF.Parameter(ids).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return new Page<OutboxRowDto>([.. items.Select(m => new OutboxRowDto(m.Id, m.UserId, names.GetValueOrDefault(m.UserId), m.Channel, m.Address,
            m.Subject, m.Status, m.Attempts, m.NextAttemptAt, m.LastError, m.CreatedAt, m.SentAt))], total, page, size);
    }
}
