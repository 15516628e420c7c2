using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Application.Features.Suspensions.ListSuspensions;

public sealed record SuspensionDto(
    Guid Id, DateOnly StartDate, DateOnly EndDate, int Days, DateOnly DecidedOn, string Decider, string Reason, DateOnly HearingHeldOn,
    string? CompensatoryTeaching, DateOnly? SocialServicesConsultedOn, bool SocialServicesInformed);

internal sealed record ListSuspensions(Guid PupilId) : IQuery<IReadOnlyList<SuspensionDto>>;

/// <summary>The suspensions the pupil's school recorded, latest first (a pupil has few: no paging needed).</summary>
internal sealed class ListSuspensionsHandler(ISchoolAttendanceDbContext db, CaseAccess access) : IQueryHandler<ListSuspensions, IReadOnlyList<SuspensionDto>>
{
    private static SuspensionDto ToDto(Suspension s) => new(
        s.Id, s.StartDate, s.EndDate, s.Days, s.DecidedOn, s.Decider, s.Reason, s.HearingHeldOn,
        s.CompensatoryTeaching, s.SocialServicesConsultedOn, s.SocialServicesInformed);

    public async Task<IReadOnlyList<SuspensionDto>> Handle(ListSuspensions query, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(query.PupilId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "suspensions-read"));
        var suspensions = await db.Suspensions.AsNoTracking().Where(s => s.PupilId == pupil.Id).OrderByDescending(s => s.StartDate).ToListAsync(cancellationToken);
        return suspensions.ConvertAll(ToDto);
    }
}
