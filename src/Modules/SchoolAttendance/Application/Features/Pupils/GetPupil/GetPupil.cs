using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SchoolAttendance.Application.Access;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.GetPupil;

/// <summary>
/// A pupil as the caller may see them. The identity number only within the pupil's own case; with protected
/// identity, address and school only within it too. Null fields are withheld, not unknown.
/// </summary>
public sealed record PupilDto(
    Guid Id, string? PersonalIdentityNumber, string Sex, int BirthYear, string HomeDistrictCode, string SchoolForm,
    bool HasProtectedIdentity, Guid? SchoolId, string? SchoolName, string? Address,
    [property: ValuesOf(typeof(IdentityNumberKinds))] string? IdentityNumberKind);

internal sealed record GetPupil(Guid PupilId) : IQuery<PupilDto>;

internal sealed class GetPupilHandler(ISchoolAttendanceDbContext db, CaseAccess access) : IQueryHandler<GetPupil, PupilDto>
{
    public async Task<PupilDto> Handle(GetPupil query, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([query.PupilId], cancellationToken);
        var inCase = pupil is not null && await access.IsInCaseAsync(pupil, cancellationToken);
        if (pupil is null || (!inCase && !access.IsSocialServicesOf(pupil.HomeDistrictCode)))
        {
            throw new NotFoundException($"No pupil {query.PupilId} that you may see.");
        }

        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "read"));
        var showPlace = inCase || !pupil.HasProtectedIdentity;
        var school = showPlace ? await db.KnownOrganisations.FindAsync([pupil.SchoolId], cancellationToken) : null;
        return new PupilDto(
            pupil.Id, inCase ? pupil.PersonalIdentityNumber : null, pupil.Sex.ToString().ToLowerInvariant(), pupil.BirthDate.Year, pupil.HomeDistrictCode,
            pupil.SchoolForm, pupil.HasProtectedIdentity, showPlace ? pupil.SchoolId : null, school?.Name, showPlace ? pupil.Address : null,
            inCase ? IdentityNumberKinds.OfStored(pupil.PersonalIdentityNumber) : null);
    }
}
