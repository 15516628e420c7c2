using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.BuildingBlocks.Domain.Directory;

/// <summary>
/// A module's copy of an organisation in the directory (owned by OperativeForums), kept from its events in the
/// module's own schema: enough to route a report to the right district, name a school and find the unit that
/// answers for a deadline, without reading another schema. SchoolAttendance and SocialServices keep this one;
/// Sip keeps a smaller one of its own (it needs only who may organise a SIP).
/// </summary>
public sealed class KnownOrganisation
{
    private KnownOrganisation()
    {
    }

    public KnownOrganisation(Guid id, string name, string kind, bool isIndependent, IEnumerable<string> districtCodes, DateTimeOffset syncedAt, Guid? organiserId = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new BusinessRuleViolationException("Directory copy", $"Organisation {id} arrived without a name.");
        }

        Id = id;
        Name = name;
        Kind = kind;
        IsIndependent = isIndependent;
        DistrictCodes = districtCodes.ToList();
        SyncedAt = syncedAt;
        OrganiserId = organiserId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    /// <summary>A school's organiser (huvudman) in the directory: the only organiserId its pupils may name.</summary>
    public Guid? OrganiserId { get; private set; }

    public bool IsIndependent { get; private set; }

    public List<string> DistrictCodes { get; private set; } = [];

    /// <summary>When this copy was last written from an event: it shows a redelivery changed nothing.</summary>
    public DateTimeOffset SyncedAt { get; private set; }
}
