using MediatR;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.RecordMeeting;

internal sealed record RecordMeeting(Guid IntakeId, string Status) : ICommand<Unit>;

/// <summary>The meeting offered to the reporting school (anmälningsmöte, 19 kap. 5 § SoL): offered, accepted or declined.</summary>
internal sealed class RecordMeetingHandler(ISchoolAttendanceDbContext db, CaseAccess access) : ICommandHandler<RecordMeeting, Unit>
{
    public async Task<Unit> Handle(RecordMeeting command, CancellationToken cancellationToken)
    {
        var intake = await access.IntakeAsync(command.IntakeId, cancellationToken);
        intake.RecordMeeting(command.Status);
        db.AddAuditEntry(new AuditRecord("case", intake.Id, "meeting-" + command.Status));
        return Unit.Value;
    }
}
