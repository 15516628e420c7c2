namespace Samverkan.BuildingBlocks.Application.Security;

/// <summary>
/// The largest values Samverkan accepts in the claims it reads (ClaimNames). A token or an identity provider's
/// answer beyond them is refused at sign-in, so nothing later (an audit entry's user id column is this long)
/// can fail on a claim.
/// </summary>
public static class ClaimLimits
{
    public const int UserIdLength = 200;
    public const int DistrictCodeLength = 50;
    public const int RoleLength = 100;

    /// <summary>More districts than a municipality has, with room for a regional organisation.</summary>
    public const int DistrictCount = 100;

    public const int RoleCount = 20;
}
