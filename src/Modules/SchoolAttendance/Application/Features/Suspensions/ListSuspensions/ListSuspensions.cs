using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Application.Mapping;

namespace Samverkan.SchoolAttendance.Application.Features.Suspensions.ListSuspensions;

public sealed record SuspensionDto(
    Guid Id, DateOnly StartDate, DateOnly EndDate, int Days, DateOnly DecidedOn, string Decider, string Reason, DateOnly HearingHeldOn,
    string? CompensatoryTeaching, DateOnly? SocialServicesConsultedOn, bool SocialServicesInformed);

internal sealed record ListSuspensions(Guid PupilId) : IQuery<IReadOnlyList<SuspensionDto>>;

/// <summary>The suspensions the pupil's school recorded, latest first (a pupil has few: no paging needed).</summary>
internal sealed class ListSuspensionsHandler(ISchoolAttendanceDbContext db, CaseAccess access, SchoolAttendanceMapping mapping)
    : IQueryHandler<ListSuspensions, IReadOnlyList<SuspensionDto>>
{
    public async Task<IReadOnlyList<SuspensionDto>> Handle(ListSuspensions query, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(query.PupilId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "suspensions-read"));
        var suspensions = await db.Suspensions.AsNoTracking().Where(s => s.PupilId == pupil.Id).OrderByDescending(s => s.StartDate).ToListAsync(cancellationToken);
        // Mapped in memory: Days is the domain's count of the suspension's days, not a column.
        return suspensions.ConvertAll(s => s.Adapt<SuspensionDto>(mapping.Config));
    }
}
