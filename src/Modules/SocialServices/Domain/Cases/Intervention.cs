using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>
/// An intervention started in an investigation, only with the guardians' consent recorded, and followed up
/// on a cadence; each follow-up is a deadline, and recording one opens the next.
/// </summary>
public sealed class Intervention
{
    private Intervention()
    {
    }

    public Guid Id { get; private set; }

    public Guid InvestigationId { get; private set; }

    public Guid PupilId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public string KindCode { get; private set; } = string.Empty;

    /// <summary>Who gave consent (e.g. "both guardians") and when; without it nothing starts.</summary>
    public string ConsentGivenBy { get; private set; } = string.Empty;

    public DateOnly ConsentGivenOn { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public int FollowUpEveryWeeks { get; private set; }

    public int FollowUpsHeld { get; private set; }

    public DateOnly NextFollowUpDue => StartedOn.PlusDays(7L * FollowUpEveryWeeks * (FollowUpsHeld + 1L));

    public static Intervention Start(Investigation investigation, InterventionKind kind, string consentGivenBy, DateOnly consentGivenOn, DateOnly startedOn, int? followUpEveryWeeks)
    {
        investigation.RequireOpen();
        if (string.IsNullOrWhiteSpace(consentGivenBy) || consentGivenOn > startedOn)
        {
            throw new BusinessRuleViolationException("Guardians' consent", "An intervention starts only after the guardians' consent is recorded.");
        }

        return new Intervention
        {
            Id = Guid.NewGuid(),
            InvestigationId = investigation.Id,
            PupilId = investigation.PupilId,
            DistrictCode = investigation.DistrictCode,
            KindCode = kind.Code,
            ConsentGivenBy = consentGivenBy,
            ConsentGivenOn = consentGivenOn,
            StartedOn = startedOn,
            FollowUpEveryWeeks = followUpEveryWeeks ?? kind.FollowUpEveryWeeks,
        };
    }

    public DateOnly? LastFollowUpOn { get; private set; }

    /// <summary>
    /// Checks a follow-up's date. The count itself is raised in the database (one atomic UPDATE), never here:
    /// follow-ups recorded at the same moment would otherwise each count from the same old number.
    /// </summary>
    public void RequireFollowUpHeldOn(DateOnly heldOn, DateOnly today)
    {
        if (heldOn < StartedOn || heldOn > today)
        {
            throw new BusinessRuleViolationException("Follow-up held", $"A follow-up is held between the intervention's start ({StartedOn:yyyy-MM-dd}) and today.");
        }
    }
}
