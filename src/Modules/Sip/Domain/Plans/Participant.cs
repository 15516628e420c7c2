namespace Samverkan.Sip.Domain.Plans;

/// <summary>An organisation taking part in the plan; an organiser (municipality or region) must approve it.</summary>
public sealed class Participant
{
    private Participant()
    {
    }

    public Participant(Guid organisationId, bool isOrganiser)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        IsOrganiser = isOrganiser;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public bool IsOrganiser { get; private set; }
}
