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
        // The pupil and its steps in one statement, the access rule checked on the pupil read (as the summary does).
        var read = await db.Pupils.AsNoTracking()
            .Where(p => p.Id == query.PupilId)
            .Select(p => new
            {
                Pupil = p,
                Steps = db.AbsenceSteps
                    .Where(s => s.PupilId == p.Id)
                    .OrderBy(s => s.ReachedOn).ThenBy(s => s.StepOrder)
                    .Select(s => new AbsenceStepDto(s.Id, s.StepOrder, s.Name, s.ReachedOn, s.DueDate, s.CompletedOn))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var pupil = access.RequireSchoolPupil(read?.Pupil, query.PupilId);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "absence-steps-read"));
        return read!.Steps;
    }
}
