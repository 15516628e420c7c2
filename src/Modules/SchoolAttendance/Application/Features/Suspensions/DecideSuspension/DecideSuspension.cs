using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Application.Features.Suspensions.DecideSuspension;

internal sealed record DecideSuspension(
    Guid PupilId, DateOnly StartDate, DateOnly EndDate, string Reason, DateOnly? HearingHeldOn, string? HearingNotes,
    string? CompensatoryTeaching, DateOnly? SocialServicesConsultedOn) : ICommand<Guid>;

/// <summary>
/// Decides a suspension within Skollagen 5 kap. (the aggregate checks every limit); for a pupil under 18 on
/// the decision date, the home district's social welfare board is informed through the outbox.
/// </summary>
internal sealed class DecideSuspensionHandler(ISchoolAttendanceDbContext db, CaseAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<DecideSuspension, Guid>
{
    public async Task<Guid> Handle(DecideSuspension command, CancellationToken cancellationToken)
    {
        // A teacher (or anyone not acting for a school) is refused outright; the counsellor goes on to the legal
        // rule, which names the paragraph that reserves the decision for the principal.
        if (!user.IsInRole(Roles.Principal) && !user.IsInRole(Roles.SchoolCounsellor) && !user.IsInRole(Roles.SchoolOrganiser))
        {
            throw new ForbiddenException("Only the principal, or for upper-secondary school the organiser, decides a suspension.");
        }

        var pupil = await access.SchoolPupilAsync(command.PupilId, cancellationToken);
        await db.LockPupilAsync(pupil.Id, cancellationToken);
        var earlier = await db.Suspensions.Where(s => s.PupilId == pupil.Id).ToListAsync(cancellationToken);
        var decider = access.IsOrganiserOf(pupil) ? SuspensionDeciders.Organiser
            : user.IsInRole(Roles.Principal) && user.OrganisationId == pupil.SchoolId ? SuspensionDeciders.Principal
            : "school-staff";
        var today = StockholmCalendar.Today(time);
        var suspension = Suspension.Decide(
            pupil, earlier,
            new SuspensionRequest(command.StartDate, command.EndDate, decider, command.Reason, command.HearingHeldOn, command.HearingNotes, command.CompensatoryTeaching, command.SocialServicesConsultedOn),
            user.UserId, today);
        db.Suspensions.Add(suspension);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "suspension-decided"));
        if (suspension.SocialServicesInformed)
        {
            db.AddIntegrationEvent(new SuspensionNoticeSent
            {
                OccurredAt = time.GetUtcNow(),
                SuspensionId = suspension.Id,
                PupilId = pupil.Id,
                SchoolId = pupil.SchoolId,
                HomeDistrictCode = pupil.HomeDistrictCode,
                StartDate = suspension.StartDate,
                EndDate = suspension.EndDate,
            });
        }

        return suspension.Id;
    }
}
