using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.Bus.Application.Features.Governance;

public sealed record GroupGovernanceDto(
    Guid GroupId, string GroupName, bool HasCurrentPlan, Guid? DocumentId, string? Kind, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    bool UsesCommonTemplate, DateOnly? ReportDueOn, DateOnly? ReportedOn, bool Reported, bool ReportOverdue, int OverdueActivities);

public sealed record GovernanceOverviewDto(
    DateOnly On, int Groups, int WithCurrentPlan, int UsingCommonTemplate, int Reported, IReadOnlyList<GroupGovernanceDto> PerGroup);

/// <summary>
/// The city's central view across groups on a date (today by default): which have a current agreement or action
/// plan, which use the common template, which have reported it and how many activities are overdue.
/// </summary>
internal sealed record GetGovernanceOverview(DateOnly? On) : IQuery<GovernanceOverviewDto>;

internal sealed class GetGovernanceOverviewHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetGovernanceOverview, GovernanceOverviewDto>
{
    public async Task<GovernanceOverviewDto> Handle(GetGovernanceOverview query, CancellationToken cancellationToken)
    {
        BusAccess.EnsureManager(user);
        var on = query.On ?? StockholmCalendar.Today(time);
        var groups = await db.Groups.AsNoTracking().Where(g => g.StartsOn <= on && (g.ClosedOn == null || g.ClosedOn > on)).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var documents = await db.GoverningDocuments.AsNoTracking().Where(d => d.PeriodFrom <= on && d.PeriodTo > on).ToListAsync(cancellationToken);
        var rows = groups.Select(g =>
        {
            var d = documents.Where(d => d.GroupId == g.Id).OrderByDescending(d => d.PeriodFrom).FirstOrDefault();
            return d is null
                ? new GroupGovernanceDto(g.Id, g.Name, false, null, null, null, null, false, null, null, false, false, 0)
                : new GroupGovernanceDto(
                    g.Id, g.Name, true, d.Id, d.Kind, d.PeriodFrom, d.PeriodTo, d.UsesCommonTemplate, d.ReportDueOn, d.ReportedOn,
                    d.ReportedOn is not null, d.ReportedOn is null && d.ReportDueOn < on, d.Activities.Count(a => a.CompletedOn is null && a.DueOn < on));
        }).ToList();
        return new GovernanceOverviewDto(on, rows.Count, rows.Count(r => r.HasCurrentPlan), rows.Count(r => r.UsesCommonTemplate), rows.Count(r => r.Reported), rows);
    }
}
