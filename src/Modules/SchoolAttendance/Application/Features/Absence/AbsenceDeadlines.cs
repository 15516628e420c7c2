using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.SchoolAttendance.Domain.Absence;

namespace Samverkan.SchoolAttendance.Application.Features.Absence;

/// <summary>The school's own deadlines: an absence step the school answers for (social services' deadlines live in their module).</summary>
internal sealed class AbsenceDeadlines(ISchoolAttendanceDbContext db, TimeProvider time)
{
    public void Open(Guid stepId, string districtCode, Guid schoolId, DateOnly dueDate, string ruleReference) =>
        db.Deadlines.Add(Deadline.Open(DeadlineKinds.AbsenceStep, stepId, districtCode, schoolId, null, dueDate, ruleReference, time.GetUtcNow()));

    public async Task MeetAsync(Guid stepId, CancellationToken cancellationToken)
    {
        var deadline = await db.Deadlines
            .Where(d => d.SubjectId == stepId && d.Kind == DeadlineKinds.AbsenceStep && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .OrderByDescending(d => d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        deadline?.Meet(time.GetUtcNow());
    }
}
