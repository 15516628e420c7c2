using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samverkan.BrowserTests.IdentityProvider;

/// <summary>
/// A small OpenID Connect provider over real HTTP, standing in for the municipality's (Entra ID, a SITHS/Freja
/// broker): discovery, JWKS, an authorize endpoint that signs in whoever the test chose without asking, and a
/// token endpoint that checks the code, the client and the PKCE verifier before handing out an RS256 id_token.
/// The Host's real OpenID Connect handler talks to it and validates what it issues.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "samverkan-console";
    public const string ClientSecret = "console-client-secret";
    private const string KeyId = "test-key";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = KeyId };
    private readonly RsaSecurityKey _foreignKey = new(RSA.Create(2048)) { KeyId = KeyId };
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();
    private int _authorizeRequests;

    private TestIdentityProvider()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", Discovery);
        _app.MapGet("/jwks", Jwks);
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
        _app.Start();
        Issuer = _app.Urls.Single();
    }

    /// <summary>The Authority the Host is configured with, e.g. http://127.0.0.1:40123.</summary>
    public string Issuer { get; }

    /// <summary>The claims of the person the next sign-in signs in (values: string or string[]).</summary>
    public Dictionary<string, object> SignsIn { get; set; } = [];

    public IdTokenDefect Defect { get; set; }

    /// <summary>How often a browser was sent here to sign in: more than once per sign-in would be a loop.</summary>
    public int AuthorizeRequests => _authorizeRequests;

    public static TestIdentityProvider Start() => new();

    /// <summary>Back to a sound token and no sign-ins counted, for the next test.</summary>
    public void Reset()
    {
        Defect = IdTokenDefect.None;
        SignsIn = [];
        _authorizeRequests = 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Rsa.Dispose();
        _foreignKey.Rsa.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Issuer}/authorize",
        ["token_endpoint"] = $"{Issuer}/token",
        ["jwks_uri"] = $"{Issuer}/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query" },
        ["subject_types_supported"] = new[] { "public" },
        ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        ["code_challenge_methods_supported"] = new[] { "S256" },
    });

    private IResult Jwks()
    {
        var key = _key.Rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["alg"] = SecurityAlgorithms.RsaSha256, ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(key.Modulus), ["e"] = Base64UrlEncoder.Encode(key.Exponent),
                },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        Interlocked.Increment(ref _authorizeRequests);
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256"
            || query["response_mode"] is { Count: > 0 } mode && mode != "query")
        {
            return Results.BadRequest("Expected the console's client, the code flow with PKCE (S256) and response_mode=query.");
        }

        var code = Guid.NewGuid().ToString("N");
        _codes[code] = new PendingCode(query["redirect_uri"]!, query["nonce"]!, query["code_challenge"]!, new Dictionary<string, object>(SignsIn));
        return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"]!)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var verifier = form["code_verifier"].ToString();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var pending)
            || form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["redirect_uri"] != pending.RedirectUri
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != pending.CodeChallenge)
        {
            return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var accessToken = Guid.NewGuid().ToString("N");
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = 300,
            ["id_token"] = IdToken(pending, accessToken),
        });
    }

    private string IdToken(PendingCode pending, string accessToken)
    {
        // The provider's own clock: the Host validates lifetimes on the real one too.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(pending.Claims)
        {
            ["nonce"] = pending.Nonce,
            ["at_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]),
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Defect == IdTokenDefect.WrongAudience ? "another-application" : ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(Defect == IdTokenDefect.ForeignSignature ? _foreignKey : _key, SecurityAlgorithms.RsaSha256),
        });
    }

    private sealed record PendingCode(string RedirectUri, string Nonce, string CodeChallenge, Dictionary<string, object> Claims);
}
