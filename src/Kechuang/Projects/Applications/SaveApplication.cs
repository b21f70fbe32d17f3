using Kechuang.Common;
using Kechuang.Data;

namespace Kechuang.Projects.Applications;

/// <summary>Writes a checked request onto an application, its team, milestones and budget replaced whole.</summary>
internal static class SaveApplication
{
    public static void Apply(KechuangDbContext db, ProjectApplication a, ApplicationRequest r, DateTimeOffset now)
    {
        a.Title = r.Title!.Trim();
        a.Summary = Blank(r.Summary);
        a.Field = Blank(r.Field);
        a.StartOn = r.StartOn;
        a.EndOn = r.EndOn;
        a.Leader = Blank(r.Leader);
        a.LeaderPhone = Blank(r.LeaderPhone);
        a.Partners = [.. (r.Partners ?? []).Select(p => p.Trim()).Distinct()];
        a.UpdatedAt = now;
        // New children of a tracked parent are added through their own sets (docs/architecture.md).
        db.ApplicationMembers.RemoveRange(a.Members);
        db.ApplicationMilestones.RemoveRange(a.Milestones);
        db.ApplicationBudgetLines.RemoveRange(a.Budget);
        a.Members.Clear();
        a.Milestones.Clear();
        a.Budget.Clear();
        foreach (var (m, i) in (r.Members ?? []).Select((m, i) => (m, i)))
        {
            db.ApplicationMembers.Add(new ApplicationMember { ApplicationId = a.Id, Name = m.Name!.Trim(), Title = Blank(m.Title), Role = Blank(m.Role), SortOrder = i });
        }
        foreach (var m in r.Milestones ?? [])
        {
            db.ApplicationMilestones.Add(new ApplicationMilestone { ApplicationId = a.Id, DueOn = m.DueOn!.Value, Content = m.Content!.Trim() });
        }
        foreach (var b in (r.Budget ?? []).Where(b => (b.Special ?? 0) != 0 || (b.Own ?? 0) != 0))
        {
            db.ApplicationBudgetLines.Add(new ApplicationBudgetLine { ApplicationId = a.Id, Category = b.Category!.Trim(), Special = b.Special ?? 0, Own = b.Own ?? 0 });
        }
    }

    /// <summary>Drafts and corrections only while the call takes applications: after the close an application is what it was.</summary>
    public static void RequireCallNotClosed(Calls.ProjectCall call, DateOnly today)
    {
        if (call.ClosesOn < today)
        {
            throw new ValidationFailedException("callId", $"该指南已于{Zh.Date(call.ClosesOn)}截止申报");
        }
    }

    private static string? Blank(string? text) => Validation.Blank(text);
}
