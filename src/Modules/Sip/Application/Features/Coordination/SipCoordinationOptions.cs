using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Sip.Application.Features.Coordination;

/// <summary>
/// How long before its end a consent shows as expiring in a coordinator's overview (Sip:Coordination), labelled with
/// its source: no rule sets it; 30 days is a local choice to be confirmed.
/// </summary>
public sealed class SipCoordinationOptions
{
    public const string Section = "Sip:Coordination";

    public int ConsentExpiringWithinDays { get; set; } = 30;

    public string ConsentExpiringSource { get; set; } = "Lokalt val, att bekräfta: samtycke som upphör inom 30 dagar visas som utgående (ingen rättsregel anger tiden)";
}

/// <summary>Who manages coordination functions: administrators anywhere, coordinators in the districts they cover.</summary>
internal static class CoordinationManagers
{
    public static readonly string[] Roles = [Samverkan.BuildingBlocks.Application.Security.Roles.Administrator, Samverkan.BuildingBlocks.Application.Security.Roles.Coordinator];

    public static void Require(ICurrentUser user, IEnumerable<string> districtCodes)
    {
        if (user.IsInRole(Samverkan.BuildingBlocks.Application.Security.Roles.Administrator))
        {
            return;
        }

        if (!user.IsInRole(Samverkan.BuildingBlocks.Application.Security.Roles.Coordinator) || !districtCodes.All(user.CoversDistrict))
        {
            throw new ForbiddenException("Coordination functions are managed by administrators, and by coordinators in the districts they cover.");
        }
    }
}
