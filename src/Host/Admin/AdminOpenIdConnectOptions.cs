namespace Samverkan.Host.Admin;

/// <summary>
/// The municipality's identity provider for the admin console (section "AdminConsole:OpenIdConnect"). Without
/// an Authority the console keeps its development login only.
/// </summary>
internal sealed class AdminOpenIdConnectOptions
{
    public const string Section = "AdminConsole:OpenIdConnect";

    public string? Authority { get; set; }

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Absent for a public client, which PKCE alone protects.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Off only where the provider is reached over plain HTTP on the same machine (tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string UserIdClaim { get; set; } = "sub";

    public string RoleClaim { get; set; } = "roles";

    public string? OrganisationClaim { get; set; }

    public string? DistrictClaim { get; set; }

    /// <summary>
    /// The provider's role value to Samverkan's (e.g. "Samverkan.Admin" → "administrator"). A value that already
    /// is a Samverkan role name needs no entry; any other value is dropped.
    /// </summary>
    public Dictionary<string, string> RoleMapping { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The section's settings; a provider without a client id fails the start, not the first sign-in.</summary>
    public static AdminOpenIdConnectOptions From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<AdminOpenIdConnectOptions>() ?? new AdminOpenIdConnectOptions();
        return settings.Enabled && string.IsNullOrWhiteSpace(settings.ClientId)
            ? throw new InvalidOperationException($"{Section}:ClientId must be set when {Section}:Authority is.")
            : settings;
    }
}
