namespace Samverkan.Sip.Domain.Consents;

/// <summary>What an organisation other than the holder may read of a plan on a day: nothing, or the plan less what consent keeps back.</summary>
public sealed record Sharing(bool Allowed, IReadOnlySet<string> Excluded)
{
    public static readonly Sharing None = new(false, PlanInformation.All);

    public bool Shows(string information) => Allowed && !Excluded.Contains(information);
}

/// <summary>
/// The one rule every module's check uses (docs/adr/0016): share with an organisation only while every consent in
/// force covers it and at least one is in force; a withdrawn consent ends sharing with everyone at once (the plan
/// is no longer a joint plan); what any consent in force excludes is kept back.
/// </summary>
public static class SharingRule
{
    public static Sharing For(IReadOnlyCollection<Consent> consents, Guid organisationId, DateOnly today)
    {
        if (consents.Any(c => c.IsWithdrawn))
        {
            return Sharing.None;
        }

        var inForce = consents.Where(c => c.IsValidOn(today)).ToList();
        if (inForce.Count == 0 || inForce.Any(c => !c.CoveredOrganisationIds.Contains(organisationId)))
        {
            return Sharing.None;
        }

        return new Sharing(true, inForce.SelectMany(c => c.ExcludedInformation).ToHashSet());
    }
}
