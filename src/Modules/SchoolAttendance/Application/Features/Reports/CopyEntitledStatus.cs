using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.SchoolAttendance.Domain.Reports;
using Samverkan.SocialServices.Contracts;

namespace Samverkan.SchoolAttendance.Application.Features.Reports;

/// <summary>Keeps what social services told the school of its report or notice: the only way the status crosses the secrecy line.</summary>
internal sealed class CopyEntitledStatus(ISchoolAttendanceDbContext db) : IIntegrationEventHandler<ReporterStatusChanged>
{
    public async Task Handle(ReporterStatusChanged integrationEvent, CancellationToken cancellationToken)
    {
        var status = await db.EntitledStatuses.FindAsync([integrationEvent.SourceId], cancellationToken);
        if (status is null)
        {
            status = EntitledStatus.Received(integrationEvent.SourceId, integrationEvent.PupilId, integrationEvent.DistrictCode, integrationEvent.ReceivedAt);
            db.EntitledStatuses.Add(status);
        }

        status.Apply(integrationEvent.Status, integrationEvent.Feedback, integrationEvent.MeetingStatus, integrationEvent.OccurredAt);
    }
}
