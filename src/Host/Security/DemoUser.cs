using System.Security.Claims;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Security;

/// <summary>A person of the demo data (configuration "DemoUsers"), who can get a development token.</summary>
internal sealed class DemoUser
{
    public string UserName { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>The organisation's name, for /dev/users only; tokens carry just its id.</summary>
    public string Organisation { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public List<string> Districts { get; set; } = [];

    public List<string> Roles { get; set; } = [];

    /// <summary>The claims Samverkan reads (ClaimNames), the same in a token and in the admin console's cookie.</summary>
    public List<Claim> Claims()
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.UserId, UserName),
            new(ClaimNames.Organisation, OrganisationId.ToString()),
        };
        claims.AddRange(Districts.Select(district => new Claim(ClaimNames.District, district)));
        claims.AddRange(Roles.Select(role => new Claim(ClaimNames.Role, role)));
        return claims;
    }

    /// <summary>The demo users of the configuration (section "DemoUsers"); empty outside Development.</summary>
    public static List<DemoUser> All(IConfiguration configuration) =>
        configuration.GetSection("DemoUsers").Get<List<DemoUser>>() ?? [];
}
