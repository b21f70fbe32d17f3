using Kechuang.Data;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Messaging;

/// <summary>A message for one user, before the channels are chosen. <see cref="DedupeKey"/> makes it queue once.</summary>
public sealed record MessageRequest(string UserId, string Subject, string Body, string? DedupeKey = null, string? Link = null, bool Sms = false);

/// <summary>
/// The one way a module queues messages (docs/domain.md §7.11): always in-app (delivered by being stored), e-mail when
/// the user has an address, SMS when asked and the user has a phone number. Rows are added to the caller's context, so
/// they are saved in the same transaction as what caused them; a request whose key is already queued is skipped.
/// </summary>
public static class Outbox
{
    /// <summary>Adds the rows to <paramref name="db"/> (not saved) and returns how many.</summary>
    public static async Task<int> QueueAsync(KechuangDbContext db, IReadOnlyList<MessageRequest> requests, DateTimeOffset now, CancellationToken ct)
    {
        if (requests.Count == 0)
        {
            return 0;
        }
        var userIds = requests.Select(r => r.UserId).Distinct().ToArray();
        var users = await db.Users.AsNoTracking().Where(u => EF.Parameter(userIds).Contains(u.Id))
            .Select(u => new { u.Id, u.RegionCode, u.Email, u.PhoneNumber }).ToDictionaryAsync(u => u.Id, ct);
        var keys = requests.Where(r => r.DedupeKey is not null).SelectMany(r => MessageChannel.All.Select(c => Key(r.DedupeKey!, c))).Distinct().ToArray();
        var taken = keys.Length == 0 ? [] : (await db.OutboxMessages.AsNoTracking().Where(m => m.DedupeKey != null && EF.Parameter(keys).Contains(m.DedupeKey))
            .Select(m => m.DedupeKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var request in requests)
        {
            if (!users.TryGetValue(request.UserId, out var user))
            {
                continue;
            }
            var channels = new List<(string Channel, string Address)> { (MessageChannel.InApp, "") };
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                channels.Add((MessageChannel.Email, user.Email.Trim()));
            }
            if (request.Sms && !string.IsNullOrWhiteSpace(user.PhoneNumber))
            {
                channels.Add((MessageChannel.Sms, user.PhoneNumber.Trim()));
            }
            foreach (var (channel, address) in channels)
            {
                var key = request.DedupeKey is null ? null : Key(request.DedupeKey, channel);
                if (key is not null && !taken.Add(key))
                {
                    continue;
                }
                var inApp = channel == MessageChannel.InApp;
                db.OutboxMessages.Add(new OutboxMessage
                {
                    UserId = user.Id, RegionCode = user.RegionCode, Channel = channel, Address = address,
                    Subject = Clip(request.Subject, 200), Body = Clip(request.Body, 4000), Link = request.Link, DedupeKey = key,
                    CreatedAt = now, NextAttemptAt = now,
                    Status = inApp ? MessageStatus.Sent : MessageStatus.Pending, SentAt = inApp ? now : null,
                });
                count++;
            }
        }
        return count;
    }

    private static string Key(string dedupe, string channel) => Clip(dedupe, 190) + "|" + channel;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
