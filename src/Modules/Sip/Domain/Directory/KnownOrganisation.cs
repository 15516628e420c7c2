namespace Samverkan.Sip.Domain.Directory;

/// <summary>
/// This module's copy of an organisation in the directory (owned by OperativeForums), kept from its events: its
/// kind says whether it is an organiser of a SIP (municipality or region) and its districts whom it may judge for.
/// </summary>
public sealed class KnownOrganisation(Guid id, string name, string kind, List<string> districtCodes)
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public string Kind { get; private set; } = kind;

    public List<string> DistrictCodes { get; private set; } = districtCodes;

    public bool IsOrganiser => OrganiserKinds.All.Contains(Kind);
}
