namespace Samverkan.BuildingBlocks.Application.Security;

/// <summary>
/// Who is acting: a person in a role for an organisation, covering some districts. Access to a child's data
/// follows these three, never the person alone.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    string UserId { get; }

    Guid OrganisationId { get; }

    IReadOnlySet<string> DistrictCodes { get; }

    IReadOnlySet<string> Roles { get; }

    bool IsInRole(string role) => Roles.Contains(role);

    bool CoversDistrict(string districtCode) => DistrictCodes.Contains(districtCode);
}
