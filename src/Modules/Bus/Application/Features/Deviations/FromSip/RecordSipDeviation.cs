using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Bus.Application.Features.Deviations.ReportDeviation;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Sip.Contracts;

namespace Samverkan.Bus.Application.Features.Deviations.FromSip;

/// <summary>
/// A SIP participant reported that collaboration failed: record it as a deviation of the group that covered the
/// district on the day it happened, starting the local path like any other. The event carries no child's
/// identity; a personnummer that slipped into its text is removed before it is stored.
/// </summary>
internal sealed class RecordSipDeviation(IBusDbContext db, TimeProvider time) : IIntegrationEventHandler<CollaborationFailureReported>
{
    public async Task Handle(CollaborationFailureReported integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.Deviations.AnyAsync(d => d.SourceReference == integrationEvent.FailureId, cancellationToken))
        {
            return;
        }

        // A district is covered by one group at a time; few groups exist, so their periods are checked in memory.
        var groups = await db.Groups.ToListAsync(cancellationToken);
        var group = groups.FirstOrDefault(g => g.CoversDistrictOn(integrationEvent.DistrictCode, integrationEvent.OccurredOn))
            ?? groups.FirstOrDefault(g => g.CoversDistrictOn(integrationEvent.DistrictCode, StockholmCalendar.Today(time)))

            // Parked with this message after the outbox's attempts, so that operators see a report no group could take.
            ?? throw new InvalidOperationException($"No BUS group covers the district '{integrationEvent.DistrictCode}' for SIP failure {integrationEvent.FailureId}.");

        db.Deviations.Add(Deviation.FromSipReport(
            group.Id, DeviationCategories.FromSip, integrationEvent.DistrictCode, integrationEvent.ReportedByOrganisationId,
            integrationEvent.ConcernedOrganisationIds, integrationEvent.Description.Trim(), integrationEvent.OccurredOn, StockholmCalendar.Today(time),
            integrationEvent.FailureId));
    }
}
