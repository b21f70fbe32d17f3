using Kechuang.Data;
using Kechuang.Common;
using Kechuang.Reports;
using Kechuang.Reports.Output;
using Kechuang.Users;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Projects.Execution;

/// <summary>GET /api/projects/applications/{id}/task-book: the 任务书 as .docx, for the project's bureau and its applicant.</summary>
public sealed class ExportTaskBook(KechuangDbContext db, TimeProvider clock)
{
    public async Task<SummaryFile> HandleAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var project = await ExecutionAccess.ProjectAsync(db, caller, id, ct);
        var execution = await GetExecution.LoadAsync(db, project, clock.TodayInChina(), ct);
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == project.CallRegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var bureau = $"{region ?? project.CallRegionCode}科学技术局";
        var team = project.Members.OrderBy(m => m.SortOrder).Select(m => new Applications.MemberRequest(m.Name, m.Title, m.Role)).ToList();
        var content = TaskBookDocx.Render(execution, project.Summary, team, bureau);
        return new SummaryFile(content, SummaryDocx.ContentType, $"{project.Title}-任务书.docx");
    }
}
