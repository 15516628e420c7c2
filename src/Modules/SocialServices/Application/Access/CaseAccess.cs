using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Application.Access;

/// <summary>
/// Who sees what (issue 4, "Who sees what"): social services the cases of their own district (the child's home
/// district). Anyone else is told the thing does not exist (404), so another district cannot even learn that a
/// case is open, and a school never reaches a case at all: it learns only the status it is entitled to.
/// </summary>
internal sealed class CaseAccess(ISocialServicesDbContext db, ICurrentUser user)
{
    /// <summary>The roles acting for social services; also what the API document says these endpoints require.</summary>
    public static readonly string[] SocialServicesRoles = [Roles.SocialWorker, Roles.SocialServicesManager];

    /// <summary>Who assigns case workers and keeps the unit's roster: the unit manager (enhetschef).</summary>
    public static readonly string[] UnitManagerRoles = [Roles.SocialServicesManager];

    public bool IsSocialServicesOf(string districtCode) => SocialServicesRoles.Any(user.IsInRole) && user.CoversDistrict(districtCode);

    /// <summary>Only a unit manager of the district; a case worker of it is told so (403), since they know the case exists.</summary>
    public void RequireUnitManagerOf(string districtCode)
    {
        if (!UnitManagerRoles.Any(user.IsInRole) || !user.CoversDistrict(districtCode))
        {
            throw new ForbiddenException($"Only a unit manager of district '{districtCode}' assigns case workers.");
        }
    }

    public async Task<Intake> IntakeAsync(Guid intakeId, CancellationToken cancellationToken)
    {
        var intake = await db.Intakes.FindAsync([intakeId], cancellationToken);
        return intake is not null && IsSocialServicesOf(intake.DistrictCode)
            ? intake
            : throw new NotFoundException($"No intake {intakeId} in your district.");
    }

    public async Task<Investigation> InvestigationAsync(Guid investigationId, CancellationToken cancellationToken)
    {
        var investigation = await db.Investigations.FindAsync([investigationId], cancellationToken);
        return investigation is not null && IsSocialServicesOf(investigation.DistrictCode)
            ? investigation
            : throw new NotFoundException($"No investigation {investigationId} in your district.");
    }

    public async Task<Intervention> InterventionAsync(Guid interventionId, CancellationToken cancellationToken)
    {
        var intervention = await db.Interventions.FindAsync([interventionId], cancellationToken);
        return intervention is not null && IsSocialServicesOf(intervention.DistrictCode)
            ? intervention
            : throw new NotFoundException($"No intervention {interventionId} in your district.");
    }

    public async Task<FollowUpAfterClosing> FollowUpAsync(Guid followUpId, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUpsAfterClosing.FindAsync([followUpId], cancellationToken);
        return followUp is not null && IsSocialServicesOf(followUp.DistrictCode)
            ? followUp
            : throw new NotFoundException($"No follow-up {followUpId} in your district.");
    }
}
