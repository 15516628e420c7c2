using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Domain.FollowUps;

/// <summary>
/// A decision to follow up the child's situation after an investigation closed without measures (23 kap. SoL).
/// It needs no consent and ends by the date decided, at most six months after the closing (the catalogue's
/// period); contacts with the child and the guardians are free, contacts with others need the guardian's
/// consent and, from 15, the child's own. One per investigation; it ends with an outcome.
/// </summary>
public sealed class FollowUpAfterClosing
{
    private readonly List<FollowUpConsent> _consents = [];
    private readonly List<FollowUpContact> _contacts = [];

    private FollowUpAfterClosing()
    {
    }

    public Guid Id { get; private set; }

    public Guid InvestigationId { get; private set; }

    public Guid PupilId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    /// <summary>The day the investigation closed; the six months count from it.</summary>
    public DateOnly ClosedOn { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>The day the follow-up is to end by: its deadline.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>Why the unit follows up (e.g. what the investigation showed); part of the child's file.</summary>
    public string Reason { get; private set; } = string.Empty;

    /// <summary>The child's birth date, for the age at which the child's own consent is needed.</summary>
    public DateOnly ChildBornOn { get; private set; }

    public string? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public IReadOnlyList<FollowUpConsent> Consents => _consents;

    public IReadOnlyList<FollowUpContact> Contacts => _contacts;

    public bool IsOngoing => EndedOn is null;

    /// <param name="hasInterventions">Whether any intervention was started in the investigation (then it did not close without measures).</param>
    public static FollowUpAfterClosing Decide(
        Investigation investigation, bool hasInterventions, DateOnly decidedOn, DateOnly endsOn, string reason, DateOnly childBornOn, DateOnly today)
    {
        if (investigation.CompletedOn is not { } closedOn)
        {
            throw new BusinessRuleViolationException(Reference(closedOn: today), "The investigation is still open: a follow-up is decided when it has closed without measures.");
        }

        Require(!hasInterventions, closedOn, "The investigation closed with interventions; they are followed up on their own cadence.");
        Require(decidedOn >= closedOn && decidedOn <= today, closedOn, $"decidedOn is a day from the closing ({closedOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        var latest = LatestEnd(closedOn);
        Require(endsOn > decidedOn && endsOn <= latest, closedOn, $"endsOn is a day after the decision and at the latest {latest:yyyy-MM-dd}.");
        Require(childBornOn <= closedOn, closedOn, "childBornOn is a day before the investigation closed.");
        return new FollowUpAfterClosing
        {
            Id = Guid.NewGuid(),
            InvestigationId = investigation.Id,
            PupilId = investigation.PupilId,
            DistrictCode = investigation.DistrictCode,
            ClosedOn = closedOn,
            DecidedOn = decidedOn,
            EndsOn = endsOn,
            Reason = reason,
            ChildBornOn = childBornOn,
        };
    }

    /// <summary>The last day a follow-up of an investigation closed on this day may run.</summary>
    public static DateOnly LatestEnd(DateOnly closedOn) =>
        LegalRuleCatalogue.Required(LegalRuleKeys.FollowUpAfterClosing, closedOn).RequiredLimit.From(closedOn);

    public FollowUpConsent RecordConsent(string givenBy, string form, DateOnly givenOn, string documentedBy, DateOnly today)
    {
        RequireOngoing();
        Require(givenOn >= ClosedOn && givenOn <= today, ClosedOn, $"givenOn is a day from the closing ({ClosedOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        var consent = new FollowUpConsent(givenBy, form, givenOn, documentedBy);
        _consents.Add(consent);
        return consent;
    }

    /// <summary>Withdraws a consent from a day on; false when there is no such consent.</summary>
    public bool WithdrawConsent(Guid consentId, DateOnly on, DateOnly today)
    {
        var consent = _consents.SingleOrDefault(c => c.Id == consentId);
        if (consent is null)
        {
            return false;
        }

        if (consent.WithdrawnOn is not null)
        {
            throw new BusinessRuleViolationException("Consent withdrawn", $"The consent was withdrawn on {consent.WithdrawnOn:yyyy-MM-dd} already.");
        }

        Require(on >= consent.GivenOn && on <= today, ClosedOn, $"withdrawnOn is a day from the consent ({consent.GivenOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        consent.Withdraw(on);
        return true;
    }

    /// <summary>
    /// Records a contact taken during the follow-up. With the child or a guardian no consent is needed; with anyone
    /// else a guardian's consent valid that day, and the child's own once the child is 15 (the catalogue's age).
    /// </summary>
    public void RecordContact(string party, string? otherParty, DateOnly heldOn, string recordedBy, DateOnly today)
    {
        RequireOngoing();
        var last = today < EndsOn ? today : EndsOn;
        Require(heldOn >= DecidedOn && heldOn <= last, ClosedOn, $"heldOn is a day from the decision ({DecidedOn:yyyy-MM-dd}) to {last:yyyy-MM-dd} (today or the follow-up's end).");
        if (party == FollowUpContactParties.Other)
        {
            RequireConsentForOthers(heldOn);
        }

        _contacts.Add(new FollowUpContact(party, party == FollowUpContactParties.Other ? otherParty : null, heldOn, recordedBy));
    }

    /// <summary>Ends the follow-up with its outcome; it may end before the day decided.</summary>
    public void End(string outcome, string? note, DateOnly endedOn, DateOnly today)
    {
        RequireOngoing();
        Require(endedOn >= DecidedOn && endedOn <= today, ClosedOn, $"endedOn is a day from the decision ({DecidedOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        Outcome = outcome;
        OutcomeNote = note;
        EndedOn = endedOn;
    }

    private void RequireConsentForOthers(DateOnly on)
    {
        var contacts = LegalRuleCatalogue.Required(LegalRuleKeys.FollowUpContacts, ClosedOn);
        if (!HasValidConsent(FollowUpConsentGivers.Guardian, on))
        {
            throw new BusinessRuleViolationException(contacts.Reference, $"{contacts.Summary} No guardian's consent is valid on {on:yyyy-MM-dd}.");
        }

        var childConsentFrom = contacts.RequiredLimit.From(ChildBornOn);
        if (on >= childConsentFrom && !HasValidConsent(FollowUpConsentGivers.Child, on))
        {
            throw new BusinessRuleViolationException(contacts.Reference, $"{contacts.Summary} The child is {contacts.RequiredLimit} or older and has given no consent valid on {on:yyyy-MM-dd}.");
        }
    }

    private bool HasValidConsent(string givenBy, DateOnly on) => _consents.Any(c => c.GivenBy == givenBy && c.IsValidOn(on));

    private void RequireOngoing()
    {
        if (!IsOngoing)
        {
            throw new BusinessRuleViolationException("Follow-up ongoing", $"The follow-up ended on {EndedOn:yyyy-MM-dd}.");
        }
    }

    private static string Reference(DateOnly closedOn) => LegalRuleCatalogue.Required(LegalRuleKeys.FollowUpAfterClosing, closedOn).Reference;

    private static void Require(bool condition, DateOnly closedOn, string detail) =>
        LegalRuleCatalogue.Require(condition, LegalRuleKeys.FollowUpAfterClosing, closedOn, detail);
}
