using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Interventions;

/// <summary>Each follow-up of an intervention is a deadline; the cadence is the catalogue's or the one agreed.</summary>
internal static class InterventionFollowUps
{
    public static Task OpenNextAsync(CaseDeadlines deadlines, Intervention intervention, CancellationToken cancellationToken) =>
        deadlines.OpenAsync(
            DeadlineKinds.InterventionFollowUp, intervention.Id, intervention.DistrictCode, intervention.NextFollowUpDue,
            $"Uppföljning var {intervention.FollowUpEveryWeeks}:e vecka ({intervention.KindCode}), insatskatalogen", cancellationToken);
}
