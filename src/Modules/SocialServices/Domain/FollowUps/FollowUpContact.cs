namespace Samverkan.SocialServices.Domain.FollowUps;

/// <summary>One contact the follow-up took: with whom (a party, and for "other" which one), on which day, by whom.</summary>
public sealed class FollowUpContact
{
    private FollowUpContact()
    {
    }

    internal FollowUpContact(string party, string? otherParty, DateOnly heldOn, string recordedBy)
    {
        Id = Guid.NewGuid();
        Party = party;
        OtherParty = otherParty;
        HeldOn = heldOn;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    /// <summary>A <see cref="FollowUpContactParties"/> code.</summary>
    public string Party { get; private set; } = string.Empty;

    /// <summary>Which other party, e.g. "skolan" or "BVC"; only for <see cref="FollowUpContactParties.Other"/>.</summary>
    public string? OtherParty { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;
}
