using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Host.Security;

/// <summary>
/// Signs tokens with the configured key. Production tokens come from the municipality's identity provider;
/// this serves the development login (DevelopmentTokens) and the API tests, which so use real JWTs.
/// </summary>
internal sealed class TokenIssuer(IOptions<JwtOptions> options, TimeProvider time)
{
    public string Issue(DemoUser user)
    {
        var jwt = options.Value;
        var claims = user.Claims();

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + jwt.TokenLifetime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)), jwt.Algorithm),
        });
    }
}
