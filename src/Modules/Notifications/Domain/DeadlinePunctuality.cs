namespace Samverkan.Notifications.Domain;

/// <summary>
/// How many of one organisation's deadlines of one kind in a district have been decided (met, or breached) and how
/// many of those were met on time. Read only: the database keeps it in step with <see cref="TrackedDeadline"/>
/// by triggers, in the same transaction as the deadlines change (docs/adr/0026).
/// </summary>
public sealed class DeadlinePunctuality
{
    private DeadlinePunctuality()
    {
    }

    public string DistrictCode { get; private set; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public int Decided { get; private set; }

    public int MetOnTime { get; private set; }
}
