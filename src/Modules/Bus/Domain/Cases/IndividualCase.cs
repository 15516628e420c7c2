using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Domain.Cases;

/// <summary>
/// An individual case raised in a BUS group (issue 15). Anonymous by default: no child identity is stored at
/// all, only a short description, the parties involved, the date and the outcome. Named only on one of two
/// grounds: a consent recorded in SIP (checked through Sip.Contracts each time the name is read, so that a
/// withdrawal hides it at once), or a recorded legal basis with who confirmed it and when (docs/adr/0017).
/// </summary>
public sealed class IndividualCase : AggregateRoot
{
    public const string Anonymous = "anonymous";
    public const string Consent = "consent";
    public const string LegalBasis = "legal-basis";

    public static readonly IReadOnlySet<string> Grounds = new HashSet<string> { Anonymous, Consent, LegalBasis };

    private IndividualCase()
    {
    }

    private IndividualCase(Guid groupId, DateOnly raisedOn, string description, IReadOnlyCollection<string> partyKinds, string recordedByUserId, Guid? sipPlanId)
    {
        if (FreeText.HasPersonalIdentityNumber(description))
        {
            throw new BusinessRuleViolationException("Description", "A case's description never holds a personnummer: the identity, when the case is named, has its own fields.");
        }

        if (partyKinds.Count == 0)
        {
            throw new BusinessRuleViolationException("Parties", "A case names the parties involved.");
        }

        Id = Guid.NewGuid();
        GroupId = groupId;
        RaisedOn = raisedOn;
        Description = description;
        PartyKinds = [.. partyKinds.Distinct().Order(StringComparer.Ordinal)];
        RecordedByUserId = recordedByUserId;
        SipPlanId = sipPlanId;
        Ground = Anonymous;
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public DateOnly RaisedOn { get; private set; }

    /// <summary>A short structured description of the collaboration needed (never the child's identity).</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>The group's parties involved, by party kind.</summary>
    public List<string> PartyKinds { get; private set; } = [];

    public string RecordedByUserId { get; private set; } = string.Empty;

    /// <summary>anonymous, consent or legal-basis.</summary>
    public string Ground { get; private set; } = Anonymous;

    /// <summary>The SIP the case is linked to; for a case named by consent, the plan whose consent is checked.</summary>
    public Guid? SipPlanId { get; private set; }

    public string? ChildName { get; private set; }

    public string? ChildPersonalIdentityNumber { get; private set; }

    /// <summary>The code in the legal-bases catalogue.</summary>
    public string? LegalBasisCode { get; private set; }

    /// <summary>Who confirmed the legal basis (a person or function, e.g. the municipality's lawyer).</summary>
    public string? LegalBasisConfirmedBy { get; private set; }

    public DateOnly? LegalBasisConfirmedOn { get; private set; }

    public string? Outcome { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public bool IsNamed => Ground != Anonymous;

    public static IndividualCase RaiseAnonymous(Guid groupId, DateOnly raisedOn, string description, IReadOnlyCollection<string> partyKinds, string recordedBy, Guid? sipPlanId) =>
        new(groupId, raisedOn, description, partyKinds, recordedBy, sipPlanId);

    /// <summary>Named on a consent recorded in SIP: the caller has checked the consent through Sip.Contracts.</summary>
    public static IndividualCase RaiseNamedByConsent(
        Guid groupId, DateOnly raisedOn, string description, IReadOnlyCollection<string> partyKinds, string recordedBy, Guid sipPlanId, string childName, string? personalIdentityNumber)
    {
        var c = new IndividualCase(groupId, raisedOn, description, partyKinds, recordedBy, sipPlanId);
        c.Name(Consent, childName, personalIdentityNumber);
        return c;
    }

    public static IndividualCase RaiseNamedByLegalBasis(
        Guid groupId, DateOnly raisedOn, string description, IReadOnlyCollection<string> partyKinds, string recordedBy, Guid? sipPlanId, string childName, string? personalIdentityNumber,
        string legalBasisCode, string confirmedBy, DateOnly confirmedOn)
    {
        if (confirmedOn > raisedOn)
        {
            throw new BusinessRuleViolationException("Legal basis confirmed on", "The legal basis is confirmed on or before the day the named case is recorded.");
        }

        var c = new IndividualCase(groupId, raisedOn, description, partyKinds, recordedBy, sipPlanId);
        c.Name(LegalBasis, childName, personalIdentityNumber);
        c.LegalBasisCode = legalBasisCode;
        c.LegalBasisConfirmedBy = confirmedBy;
        c.LegalBasisConfirmedOn = confirmedOn;
        return c;
    }

    public void Close(string outcome, DateOnly on)
    {
        if (ClosedOn is not null)
        {
            throw new BusinessRuleViolationException("Closed", "The case is closed already.");
        }

        if (FreeText.HasPersonalIdentityNumber(outcome))
        {
            throw new BusinessRuleViolationException("Outcome", "A case's outcome never holds a personnummer.");
        }

        if (on < RaisedOn)
        {
            throw new BusinessRuleViolationException("Closed on", "A case closes on or after the day it was raised.");
        }

        Outcome = outcome;
        ClosedOn = on;
    }

    private void Name(string ground, string childName, string? personalIdentityNumber)
    {
        if (string.IsNullOrWhiteSpace(childName))
        {
            throw new BusinessRuleViolationException("Child name", "A named case names the child.");
        }

        Ground = ground;
        ChildName = childName;
        ChildPersonalIdentityNumber = personalIdentityNumber;
    }
}
