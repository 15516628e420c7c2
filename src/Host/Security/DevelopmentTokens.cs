using Microsoft.AspNetCore.Http.HttpResults;

namespace Samverkan.Host.Security;

/// <summary>
/// Development only: lists the demo users and mints a token for one, so a newcomer can call the API within a
/// minute (README, "Call the API"). Never mapped outside the Development environment.
/// </summary>
internal static class DevelopmentTokens
{
    public sealed record TokenRequest(string UserName);

    public sealed record TokenResponse(string AccessToken, string TokenType, string UserName);

    public static void MapDevelopmentTokens(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/dev").AllowAnonymous().WithTags("Development");
        group.MapGet("/users", (IConfiguration configuration) => DemoUser.All(configuration)
            .Select(user => new { user.UserName, user.Description, user.Organisation, user.OrganisationId, user.Roles, user.Districts }));
        group.MapPost("/token", Results<Ok<TokenResponse>, ProblemHttpResult> (TokenRequest request, IConfiguration configuration, TokenIssuer issuer) =>
        {
            var user = DemoUser.All(configuration).FirstOrDefault(u => u.UserName == request.UserName);
            return user is null
                ? TypedResults.Problem(statusCode: 404, title: "Unknown demo user", detail: $"No demo user is called '{request.UserName}'; GET /dev/users lists them.")
                : TypedResults.Ok(new TokenResponse(issuer.Issue(user), "Bearer", user.UserName));
        });
    }
}
