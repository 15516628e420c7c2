using Microsoft.IdentityModel.Tokens;

namespace Samverkan.Host.Security;

/// <summary>Configuration section "Authentication:Jwt": who issues the tokens we accept, and the key they are signed with.</summary>
internal sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";

    public string Issuer { get; set; } = string.Empty;

    public string Audience { get; set; } = string.Empty;

    /// <summary>At least 32 bytes (HMAC-SHA256). In production from a secret store, never from the repository.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>
    /// The one signing algorithm accepted (and used by TokenIssuer): an HMAC one, since the key is shared. A
    /// token signed with the same key under another algorithm is refused.
    /// </summary>
    public string Algorithm { get; set; } = SecurityAlgorithms.HmacSha256;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
