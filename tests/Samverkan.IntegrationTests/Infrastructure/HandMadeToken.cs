using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// A JWT with exactly the claims a test gives, signed with the tests' key under the algorithm it names: what an
/// attacker holding a leaked token, or a misconfigured identity provider, would send.
/// </summary>
public static class HandMadeToken
{
    public static string Sign(IDictionary<string, object> claims, DateTimeOffset now, string algorithm = SecurityAlgorithms.HmacSha256) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "samverkan-tests",
            Audience = "samverkan-api",
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.UtcDateTime.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SamverkanApp.SigningKey)), algorithm),
        });

    /// <summary>The claims of a well-formed administrator's token, to take one away or spoil it.</summary>
    public static Dictionary<string, object> Administrator(string userId = "admin.test") => new()
    {
        ["sub"] = userId,
        ["org"] = TestUser.OstermalmSocialServices.ToString(),
        ["district"] = "ostermalm",
        ["role"] = "administrator",
    };
}
