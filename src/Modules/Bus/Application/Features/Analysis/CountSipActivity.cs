using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.Bus.Domain.Analysis;
using Samverkan.Sip.Contracts;

namespace Samverkan.Bus.Application.Features.Analysis;

/// <summary>
/// Counts SIPs in a district from the events SIP publishes about its deadlines: the first-meeting deadline opens when
/// a SIP is judged needed and is met when the first meeting is held. Only the district and the date are kept.
/// </summary>
internal sealed class CountSipActivity(IBusDbContext db) : IIntegrationEventHandler<DeadlineOpened>, IIntegrationEventHandler<DeadlineMet>
{
    /// <summary>SIP's deadline kind for the first meeting (Sip.Domain SipDeadlineKinds.FirstMeeting; the string is the contract).</summary>
    public const string SipFirstMeeting = "sip-first-meeting";

    public Task Handle(DeadlineOpened integrationEvent, CancellationToken cancellationToken) =>
        CountAsync(integrationEvent, SipActivity.JudgedNeeded, cancellationToken);

    public Task Handle(DeadlineMet integrationEvent, CancellationToken cancellationToken) =>
        CountAsync(integrationEvent, SipActivity.FirstMeetingHeld, cancellationToken);

    private async Task CountAsync(DeadlineEvent change, string kind, CancellationToken cancellationToken)
    {
        if (change.Module != SipModule.Name || change.Kind != SipFirstMeeting)
        {
            return;
        }

        if (await db.SipActivities.AnyAsync(a => a.DeadlineId == change.DeadlineId && a.Kind == kind, cancellationToken))
        {
            return;
        }

        db.SipActivities.Add(new SipActivity(change.DeadlineId, kind, change.DistrictCode, StockholmCalendar.ToLocalDate(change.OccurredAt)));
    }
}
