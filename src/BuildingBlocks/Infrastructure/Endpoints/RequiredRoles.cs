using Microsoft.AspNetCore.Builder;

namespace Samverkan.BuildingBlocks.Infrastructure.Endpoints;

/// <summary>
/// The roles an endpoint serves (any one of them), as endpoint metadata beside the mapping: the Host's operation
/// transformer writes it into the operation's description. The handler still decides per organisation and
/// district; a caller in another role is refused there (403, or 404 where even existence is not to be told).
/// </summary>
public sealed record RequiredRoles(IReadOnlyList<string> Roles);

public static class RequiredRolesExtensions
{
    public static RouteHandlerBuilder RequiresRoles(this RouteHandlerBuilder builder, params string[] roles) =>
        builder.WithMetadata(new RequiredRoles(roles));
}
