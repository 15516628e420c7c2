using System.Security.Claims;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Security;

/// <summary>
/// The one check of the claims Samverkan reads (ClaimNames), for API tokens and for the admin console's
/// identity provider alike: a user id that is present, not blank, free of control characters and within the
/// audit log's column; an organisation that is one non-empty id; districts and roles bounded in length and
/// number. Anything else is refused at sign-in (401), never carried into a request.
/// </summary>
internal static class SamverkanClaims
{
    /// <summary>Why the principal's claims are refused, or null when they are well-formed.</summary>
    public static string? Refusal(ClaimsPrincipal principal, bool organisationRequired)
    {
        var userIds = principal.FindAll(ClaimNames.UserId).Select(claim => claim.Value).ToList();
        if (userIds.Count != 1 || !IsWellFormed(userIds[0], ClaimLimits.UserIdLength))
        {
            return $"The '{ClaimNames.UserId}' claim must be one non-blank value of at most {ClaimLimits.UserIdLength} characters without control characters or surrounding spaces.";
        }

        var organisations = principal.FindAll(ClaimNames.Organisation).Select(claim => claim.Value).ToList();
        var organisationMissing = organisations.Count == 0;
        if ((organisationMissing && organisationRequired) || organisations.Count > 1
            || (!organisationMissing && !(Guid.TryParse(organisations[0], out var organisation) && organisation != Guid.Empty)))
        {
            return $"The '{ClaimNames.Organisation}' claim must be one organisation id.";
        }

        return BoundedValues(principal, ClaimNames.District, ClaimLimits.DistrictCodeLength, ClaimLimits.DistrictCount)
            ?? BoundedValues(principal, ClaimNames.Role, ClaimLimits.RoleLength, ClaimLimits.RoleCount);
    }

    private static string? BoundedValues(ClaimsPrincipal principal, string claimType, int maxLength, int maxCount)
    {
        var values = principal.FindAll(claimType).Select(claim => claim.Value).ToList();
        return values.Count <= maxCount && values.All(value => IsWellFormed(value, maxLength))
            ? null
            : $"The '{claimType}' claim allows at most {maxCount} values of at most {maxLength} characters each, none blank.";
    }

    private static bool IsWellFormed(string value, int maxLength) =>
        value.Length > 0 && value.Length <= maxLength && value.Trim().Length == value.Length && !value.Any(char.IsControl);
}
