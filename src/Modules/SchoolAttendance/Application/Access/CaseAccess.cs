using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Application.Access;

/// <summary>
/// Who sees what (issue 4, "Who sees what"): a school its own pupils; the organiser its schools' pupils; social
/// services the pupils of their own district (the pupil's home district); their cases are in SocialServices. Anyone else is told the
/// thing does not exist (404), so another district cannot even learn that a case is open.
/// </summary>
internal sealed class CaseAccess(ISchoolAttendanceDbContext db, ICurrentUser user)
{
    /// <summary>The roles acting for a school; also what the API document says these endpoints require.</summary>
    public static readonly string[] SchoolStaffRoles = [Roles.Principal, Roles.SchoolCounsellor];

    /// <summary>School staff or the school's organiser: those who reach a pupil the school recorded.</summary>
    public static readonly string[] SchoolOrOrganiserRoles = [.. SchoolStaffRoles, Roles.SchoolOrganiser];

    public static readonly string[] SocialServicesRoles = [Roles.SocialWorker, Roles.SocialServicesManager];

    public bool IsSchoolStaffOf(Guid schoolId) => user.OrganisationId == schoolId && SchoolStaffRoles.Any(user.IsInRole);

    public bool IsOrganiserOf(Pupil pupil) => user.OrganisationId == pupil.OrganiserId && user.IsInRole(Roles.SchoolOrganiser);

    public bool IsSocialServicesOf(string districtCode) => SocialServicesRoles.Any(user.IsInRole) && user.CoversDistrict(districtCode);

    /// <summary>The pupil's own case: their school, or social services of the home district that hold an intake about them.</summary>
    public async Task<bool> IsInCaseAsync(Pupil pupil, CancellationToken cancellationToken) =>
        IsSchoolStaffOf(pupil.SchoolId) || IsOrganiserOf(pupil)
        || (IsSocialServicesOf(pupil.HomeDistrictCode)
            && await db.EntitledStatuses.AnyAsync(s => s.PupilId == pupil.Id && s.DistrictCode == pupil.HomeDistrictCode, cancellationToken));

    /// <summary>A pupil the caller's school (or organiser) recorded.</summary>
    public async Task<Pupil> SchoolPupilAsync(Guid pupilId, CancellationToken cancellationToken) =>
        RequireSchoolPupil(await db.Pupils.FindAsync([pupilId], cancellationToken), pupilId);

    /// <summary>
    /// The same rule for a pupil a query read in one statement with what it shows (null: no such pupil), so a read
    /// pays one round trip, not two; nothing of it leaves the handler unless the rule holds.
    /// </summary>
    public Pupil RequireSchoolPupil(Pupil? pupil, Guid pupilId) =>
        pupil is not null && (IsSchoolStaffOf(pupil.SchoolId) || IsOrganiserOf(pupil))
            ? pupil
            : throw new NotFoundException($"No pupil {pupilId} at your school.");
}
