using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.SchoolAttendance.Application.Access;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Domain.Reports;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.SendReportOfConcern;

internal sealed record SendReportOfConcern(Guid PupilId, string Observations) : ICommand<Guid>;

/// <summary>
/// School staff report a concern to social services of the pupil's home district (19 kap. 1 § SoL: at once).
/// The intake there is opened from the outbox event; its time of receipt is the moment the school sent it.
/// </summary>
internal sealed class SendReportOfConcernHandler(ISchoolAttendanceDbContext db, CaseAccess access, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SendReportOfConcern, Guid>
{
    public async Task<Guid> Handle(SendReportOfConcern command, CancellationToken cancellationToken)
    {
        var pupil = await access.SchoolPupilAsync(command.PupilId, cancellationToken);
        var now = time.GetUtcNow();
        var report = new ReportOfConcern(pupil.Id, pupil.SchoolId, user.UserId, command.Observations, now);
        db.ReportsOfConcern.Add(report);
        db.AddAuditEntry(new AuditRecord("pupil", pupil.Id, "report-of-concern-sent"));
        db.AddIntegrationEvent(new ReportOfConcernSent
        {
            OccurredAt = now,
            ReportId = report.Id,
            PupilId = pupil.Id,
            SchoolId = pupil.SchoolId,
            HomeDistrictCode = pupil.HomeDistrictCode,
        });
        return report.Id;
    }
}
