using MediatR;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Domain.Absence;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.CompleteAbsenceStep;

internal sealed record CompleteAbsenceStep(Guid StepId) : ICommand<Unit>;

/// <summary>The school did what the step asks (told the guardians, investigated, reported): its deadline is met.</summary>
internal sealed class CompleteAbsenceStepHandler(ISchoolAttendanceDbContext db, CaseAccess access, AbsenceDeadlines deadlines, TimeProvider time) : ICommandHandler<CompleteAbsenceStep, Unit>
{
    public async Task<Unit> Handle(CompleteAbsenceStep command, CancellationToken cancellationToken)
    {
        var step = await db.AbsenceSteps.FindAsync([command.StepId], cancellationToken);
        if (step is null || !access.IsSchoolStaffOf(step.SchoolId))
        {
            throw new NotFoundException($"No absence step {command.StepId} at your school.");
        }

        step.Complete(StockholmCalendar.Today(time));
        await deadlines.MeetAsync(step.Id, cancellationToken);
        db.AddAuditEntry(new AuditRecord("pupil", step.PupilId, "absence-step-completed"));
        return Unit.Value;
    }
}
