using System.Security.Claims;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Admin;

/// <summary>
/// The console cookie's user, whichever way they signed in: the claims Samverkan reads (ClaimNames), so pages
/// and ICurrentUser see the same thing after the development login and after the identity provider.
/// </summary>
internal static class AdminConsolePrincipal
{
    public static ClaimsPrincipal Create(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, AdminConsoleRegistration.CookieScheme, ClaimNames.UserId, ClaimNames.Role));

    /// <summary>Translates the identity provider's validated id_token; null when it names no user.</summary>
    public static ClaimsPrincipal? FromIdentityProvider(ClaimsPrincipal token, AdminOpenIdConnectOptions settings)
    {
        var userId = token.FindFirstValue(settings.UserIdClaim);
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var claims = new List<Claim> { new(ClaimNames.UserId, userId) };
        claims.AddRange(Values(token, settings.OrganisationClaim).Take(1).Select(value => new Claim(ClaimNames.Organisation, value)));
        claims.AddRange(Values(token, settings.DistrictClaim).Select(value => new Claim(ClaimNames.District, value)));
        claims.AddRange(Values(token, settings.RoleClaim)
            .Select(value => settings.RoleMapping.GetValueOrDefault(value, value))
            .Where(Roles.All.Contains)
            .Distinct()
            .Select(role => new Claim(ClaimNames.Role, role)));
        return Create(claims);
    }

    private static IEnumerable<string> Values(ClaimsPrincipal token, string? claimType) =>
        string.IsNullOrEmpty(claimType) ? [] : token.FindAll(claimType).Select(claim => claim.Value);
}
