using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Coordination;

/// <summary>The consent states a coordinator sees: none valid today, valid but ending within the configured window, or valid.</summary>
public static class ConsentStates
{
    public const string Missing = "missing";
    public const string Expiring = "expiring";
    public const string Valid = "valid";

    public static readonly string[] All = [Missing, Expiring, Valid];
}

/// <summary>A deadline of the plan or one of its measures that has passed without being met.</summary>
public sealed record OverdueItemDto(string Kind, Guid SubjectId, DateOnly DueDate);

public sealed record CoordinatedPlanDto(
    Guid PlanId, string DistrictCode, string ChildName, [property: ValuesOf(typeof(PlanStatuses))] string Status, Guid? ConvenerOrganisationId,
    DateOnly? NextDate, string? NextDateKind, IReadOnlyList<OverdueItemDto> Overdue, [property: ValuesOf(typeof(ConsentStates))] string Consent, DateOnly? ConsentEndsOn);

/// <summary><c>ConsentExpiringWithinDays</c> and its source are configuration (Sip:Coordination).</summary>
public sealed record CoordinatorOverviewDto(
    Guid FunctionId, string AreaName, IReadOnlyList<string> DistrictCodes, int ConsentExpiringWithinDays, string ConsentExpiringSource, IReadOnlyList<CoordinatedPlanDto> Plans);

internal sealed record GetCoordinatorOverview(Guid FunctionId, Guid? PlanId = null) : IQuery<CoordinatorOverviewDto>;

/// <summary>
/// The coordinator's view of every open plan in the function's area: the next deadline, what is overdue, and consent
/// missing or running out. Only the function's own coordinator reads it (anyone else, and a plan outside the area,
/// gets 404); each plan shown is a read of a child's data, so each gets an audit entry.
/// </summary>
internal sealed class GetCoordinatorOverviewHandler(ISipDbContext db, ICurrentUser user, TimeProvider time, IOptions<SipCoordinationOptions> options)
    : IQueryHandler<GetCoordinatorOverview, CoordinatorOverviewDto>
{
    public async Task<CoordinatorOverviewDto> Handle(GetCoordinatorOverview query, CancellationToken cancellationToken)
    {
        var today = StockholmCalendar.Today(time);
        var function = await db.CoordinationFunctions.AsNoTracking().SingleOrDefaultAsync(f => f.Id == query.FunctionId, cancellationToken);
        if (function is null || !user.IsInRole(Roles.Coordinator) || function.CoordinatorUserId != user.UserId || !function.IsActiveOn(today))
        {
            throw new NotFoundException($"No coordination function {query.FunctionId} of yours.");
        }

        var plans = await db.Plans.AsNoTracking()
            .Where(p => function.DistrictCodes.Contains(p.DistrictCode) && p.Status != PlanStatuses.Closed && p.Status != PlanStatuses.NotNeeded)
            .Where(p => query.PlanId == null || p.Id == query.PlanId)
            .OrderBy(p => p.ProposedAt)
            .ToListAsync(cancellationToken);
        if (query.PlanId is { } planId && plans.Count == 0)
        {
            throw new NotFoundException($"No open SIP {planId} in the area of the coordination function.");
        }

        var planIds = plans.Select(p => p.Id).ToList();
        var subjects = plans.SelectMany(p => p.Measures.Select(m => (Subject: m.Id, Plan: p.Id))).Concat(plans.Select(p => (Subject: p.Id, Plan: p.Id))).ToDictionary(x => x.Subject, x => x.Plan);
        var subjectIds = subjects.Keys.ToList();
        var deadlines = await db.Deadlines.AsNoTracking()
            .Where(d => subjectIds.Contains(d.SubjectId) && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => planIds.Contains(c.PlanId)).ToListAsync(cancellationToken);
        var window = options.Value.ConsentExpiringWithinDays;

        var rows = plans.Select(p =>
        {
            var own = deadlines.Where(d => subjects[d.SubjectId] == p.Id).ToList();
            var next = own.Where(d => d.Status == DeadlineStatus.Open).OrderBy(d => d.DueDate).FirstOrDefault();
            var overdue = own.Where(d => d.Status == DeadlineStatus.Breached || d.DueDate < today).OrderBy(d => d.DueDate)
                .Select(d => new OverdueItemDto(d.Kind, d.SubjectId, d.DueDate)).ToList();
            var (state, endsOn) = ConsentOf(consents.Where(c => c.PlanId == p.Id), today, window);
            db.AddAuditEntry(new AuditRecord("sip", p.Id, "coordinator-overview-read"));
            return new CoordinatedPlanDto(p.Id, p.DistrictCode, p.ChildName, p.Status, p.ConvenerOrganisationId, next?.DueDate, next?.Kind, overdue, state, endsOn);
        }).ToList();
        return new CoordinatorOverviewDto(function.Id, function.AreaName, function.DistrictCodes, window, options.Value.ConsentExpiringSource, rows);
    }

    /// <summary>The latest end among the consents valid today: open-ended is valid; an end within the window is expiring.</summary>
    private static (string State, DateOnly? EndsOn) ConsentOf(IEnumerable<Consent> consents, DateOnly today, int window)
    {
        var valid = consents.Where(c => c.IsValidOn(today)).ToList();
        if (valid.Count == 0)
        {
            return (ConsentStates.Missing, null);
        }

        if (valid.Any(c => c.ValidUntil is null))
        {
            return (ConsentStates.Valid, null);
        }

        var endsOn = valid.Max(c => c.ValidUntil!.Value);
        return (endsOn <= today.AddDays(window) ? ConsentStates.Expiring : ConsentStates.Valid, endsOn);
    }
}
