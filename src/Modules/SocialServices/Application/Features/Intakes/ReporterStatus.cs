using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Contracts;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes;

/// <summary>
/// Tells the reporter's side where an intake stands, as far as it is entitled to know (19 kap. 6 § SoL), on every
/// change of that status: the whole entitled status each time, so the last one delivered is enough.
/// </summary>
internal static class ReporterStatus
{
    public static void Publish(ISocialServicesDbContext db, Intake intake, DateTimeOffset now)
    {
        // Only a school's report has a reporter on the other side of an event; others are told by the social worker.
        if (intake.Source == IntakeSources.DirectReport)
        {
            return;
        }

        db.AddIntegrationEvent(new ReporterStatusChanged
        {
            OccurredAt = now,
            SourceId = intake.SourceId,
            PupilId = intake.PupilId,
            DistrictCode = intake.DistrictCode,
            ReceivedAt = intake.ReceivedAt,
            Status = intake switch
            {
                { FeedbackGivenAt: not null } => ReporterStatuses.FeedbackGiven,
                { IsAssessmentDecided: true } => ReporterStatuses.AssessmentDecided,
                _ => ReporterStatuses.Received,
            },
            Feedback = intake.Feedback,
            MeetingStatus = intake.MeetingStatus,
        });
    }
}
