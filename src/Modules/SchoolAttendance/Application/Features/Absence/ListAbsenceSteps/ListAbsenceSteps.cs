using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.ListAbsenceSteps;

public sealed record AbsenceStepDto(Guid Id, int StepOrder, string Name, DateOnly ReachedOn, DateOnly DueDate, DateOnly? CompletedOn);

internal sealed record ListAbsenceSteps(Guid PupilId) : IQuery<IReadOnlyList<AbsenceStepDto>>;

internal sealed class ListAbsenceStepsHandler(ISchoolAttendanceDbContext db, CaseAccess access) : IQueryHandler<ListAbsenceSteps, IReadOnlyList<AbsenceStepDto>>
{
    public async Task<IReadOnlyList<AbsenceStepDto>> Handle(ListAbsenceSteps query, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(query.PupilId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "absence-steps-read"));
        return await db.AbsenceSteps.AsNoTracking()
            .Where(s => s.PupilId == pupil.Id)
            .OrderBy(s => s.ReachedOn).ThenBy(s => s.StepOrder)
            .Select(s => new AbsenceStepDto(s.Id, s.StepOrder, s.Name, s.ReachedOn, s.DueDate, s.CompletedOn))
            .ToListAsync(cancellationToken);
    }
}
