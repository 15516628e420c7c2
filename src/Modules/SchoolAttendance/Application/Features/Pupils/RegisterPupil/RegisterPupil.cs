using Samverkan.BuildingBlocks.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.RegisterPupil;

internal sealed record RegisterPupil(
    string PersonalIdentityNumber, Guid SchoolId, Guid OrganiserId, string HomeDistrictCode, string SchoolForm, bool HasProtectedIdentity, string? Address)
    : ICommand<Guid>
{
    // Records print their members; this one must never show the identity number in a log or a debugger.
    public override string ToString() => nameof(RegisterPupil);
}

internal sealed class RegisterPupilHandler(ISchoolAttendanceDbContext db, CaseAccess access, TimeProvider time) : ICommandHandler<RegisterPupil, Guid>
{
    public async Task<Guid> Handle(RegisterPupil command, CancellationToken cancellationToken)
    {
        if (!access.IsSchoolStaffOf(command.SchoolId))
        {
            throw new ForbiddenException("Only the school's principal or staff register its pupils.");
        }

        var school = await db.KnownOrganisations.FindAsync([command.SchoolId], cancellationToken);
        if (school is null || school.Kind != "school")
        {
            throw new BusinessRuleViolationException("Known school", "The school is not in the directory.");
        }

        // The organiser gets the organiser's access to the pupil, so only the school's own will do.
        if (school.OrganiserId is null || school.OrganiserId != command.OrganiserId)
        {
            throw new BusinessRuleViolationException("School's organiser", "organiserId must be the school's organiser (huvudman) as registered in the directory.");
        }

        if (!await db.KnownDistricts.AnyAsync(d => d.Code == command.HomeDistrictCode, cancellationToken))
        {
            throw new BusinessRuleViolationException("Known district", $"Unknown home district: {command.HomeDistrictCode}.");
        }

        var number = PersonalIdentityNumber.Parse(command.PersonalIdentityNumber, StockholmCalendar.Today(time));
        // Only the caller's own school is looked at: a child known at another school (before a move, say) is
        // enrolled here like a new pupil, so the answer tells nothing of other schools' pupils (ADR 0014).
        if (await db.Pupils.AnyAsync(p => p.SchoolId == command.SchoolId && p.PersonalIdentityNumber == number.Value, cancellationToken))
        {
            throw new ConflictException("A pupil with this personal identity number is already registered at this school.");
        }

        var pupil = new Pupil(number, command.SchoolId, command.OrganiserId, command.HomeDistrictCode, command.SchoolForm, command.HasProtectedIdentity, command.Address);
        db.Pupils.Add(pupil);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "register"));
        return pupil.Id;
    }
}
