using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Directory;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Access;

/// <summary>
/// Who reaches a plan at all: the proposing organisation, the organisations taking part, and the municipality's or
/// region's organisations covering the plan's district while it awaits their judgement. Anyone else, another district
/// included, is told it does not exist (404). What each of them reads of it is <see cref="SharingFor"/>.
/// </summary>
internal sealed class PlanAccess(ISipDbContext db, ICurrentUser user, TimeProvider time)
{
    /// <summary>The roles that work with SIPs; also what the API document says these endpoints require.</summary>
    public static readonly string[] SipRoles =
    [
        Roles.SocialWorker, Roles.SocialServicesManager, Roles.BupClinician, Roles.Principal, Roles.SchoolCounsellor, Roles.PoliceOfficer, Roles.Coordinator,
    ];

    public Guid Organisation => user.OrganisationId;

    public async Task<KnownOrganisation> CallerOrganisationAsync(CancellationToken cancellationToken)
    {
        RequireRole();
        return await db.KnownOrganisations.FindAsync([user.OrganisationId], cancellationToken)
            ?? throw new ForbiddenException("Your organisation is not in the directory, so it cannot take part in a SIP.");
    }

    public async Task<SipPlan> PlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        RequireRole();
        var plan = await db.Plans.FindAsync([planId], cancellationToken);
        if (plan is null || !await ReachesAsync(plan, cancellationToken))
        {
            throw new NotFoundException($"No SIP {planId} for your organisation.");
        }

        // A withdrawn consent ends the joint plan for every organisation at once; the convener keeps its record.
        if (plan.ClosedByWithdrawal && !plan.Holds(user.OrganisationId))
        {
            throw new ForbiddenException("The SIP was closed as a joint plan when a consent was withdrawn; only the convening organisation keeps it.");
        }

        return plan;
    }

    /// <summary>A plan the caller's organisation takes part in (the proposer alone reads, but does not work on it).</summary>
    public async Task<SipPlan> ParticipatingPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        return plan.TakesPart(user.OrganisationId)
            ? plan
            : throw new ForbiddenException("Only an organisation taking part in the plan does this.");
    }

    /// <summary>A plan the caller's organisation holds (convenes).</summary>
    public async Task<SipPlan> HeldPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(planId, cancellationToken);
        return plan.Holds(user.OrganisationId)
            ? plan
            : throw new ForbiddenException("Only the organisation convening the plan does this.");
    }

    /// <summary>The holder reads everything; any other organisation what the consents in force let it (nothing without one).</summary>
    public async Task<Sharing> SharingFor(SipPlan plan, CancellationToken cancellationToken)
    {
        if (plan.Holds(user.OrganisationId))
        {
            return new Sharing(true, new HashSet<string>());
        }

        var consents = await db.Consents.AsNoTracking().Where(c => c.PlanId == plan.Id).ToListAsync(cancellationToken);
        return SharingRule.For(consents, user.OrganisationId, StockholmCalendar.Today(time));
    }

    /// <summary>A municipality or region organisation covering the district, acting for it in the caller's district.</summary>
    public async Task<KnownOrganisation?> OrganiserOfDistrictAsync(string districtCode, CancellationToken cancellationToken)
    {
        if (!user.CoversDistrict(districtCode))
        {
            return null;
        }

        var organisation = await db.KnownOrganisations.FindAsync([user.OrganisationId], cancellationToken);
        return organisation is { IsOrganiser: true } && organisation.DistrictCodes.Contains(districtCode) ? organisation : null;
    }

    private async Task<bool> ReachesAsync(SipPlan plan, CancellationToken cancellationToken) =>
        plan.ProposedByOrganisationId == user.OrganisationId || plan.TakesPart(user.OrganisationId)
        || (plan.Status == PlanStatuses.Proposed && await OrganiserOfDistrictAsync(plan.DistrictCode, cancellationToken) is not null);

    private void RequireRole()
    {
        if (!SipRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("Your role does not work with SIPs.");
        }
    }
}
