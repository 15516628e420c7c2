namespace Samverkan.SocialServices.Domain.FollowUps;

/// <summary>
/// A consent to the follow-up's contacts with others than the child and the guardians: who gave it, in what form,
/// from which day, who documented it; a withdrawal ends it from that day on (earlier contacts stay lawful).
/// </summary>
public sealed class FollowUpConsent
{
    private FollowUpConsent()
    {
    }

    internal FollowUpConsent(string givenBy, string form, DateOnly givenOn, string documentedBy)
    {
        Id = Guid.NewGuid();
        GivenBy = givenBy;
        Form = form;
        GivenOn = givenOn;
        DocumentedBy = documentedBy;
    }

    public Guid Id { get; private set; }

    /// <summary>A <see cref="FollowUpConsentGivers"/> code.</summary>
    public string GivenBy { get; private set; } = string.Empty;

    /// <summary>A <see cref="ConsentForms"/> code.</summary>
    public string Form { get; private set; } = string.Empty;

    public DateOnly GivenOn { get; private set; }

    /// <summary>The case worker who recorded it.</summary>
    public string DocumentedBy { get; private set; } = string.Empty;

    public DateOnly? WithdrawnOn { get; private set; }

    /// <summary>Valid on a day from the day it was given until the day before its withdrawal.</summary>
    public bool IsValidOn(DateOnly day) => GivenOn <= day && (WithdrawnOn is null || day < WithdrawnOn);

    internal void Withdraw(DateOnly on) => WithdrawnOn = on;
}
