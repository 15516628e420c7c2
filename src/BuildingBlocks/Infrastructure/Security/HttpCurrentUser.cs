using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.BuildingBlocks.Infrastructure.Security;

/// <summary>The caller as the validated token describes them; outside a request (relay, jobs) nobody.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string UserId => Principal?.FindFirstValue(ClaimNames.UserId) ?? string.Empty;

    public Guid OrganisationId => Guid.TryParse(Principal?.FindFirstValue(ClaimNames.Organisation), out var id) ? id : Guid.Empty;

    public IReadOnlySet<string> DistrictCodes => Values(ClaimNames.District);

    public IReadOnlySet<string> Roles => Values(ClaimNames.Role);

    private HashSet<string> Values(string claimType) =>
        Principal?.FindAll(claimType).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal) ?? [];
}
