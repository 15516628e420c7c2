using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host.OpenApi;

/// <summary>
/// What every operation's description says the same way, taken from what the endpoint enforces: the roles (its
/// RequiredRoles metadata and the roles of its authorisation policies), and the paging bounds the shared paging
/// validator checks.
/// </summary>
internal sealed class OperationConventions(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Description = Join(operation.Description, await RolesTextAsync(metadata));
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            DescribePaging(parameter);
        }
    }

    private async Task<string> RolesTextAsync(IList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return "**Access:** no sign-in.";
        }

        var roles = new SortedSet<string>(metadata.OfType<RequiredRoles>().SelectMany(required => required.Roles), StringComparer.Ordinal);
        foreach (var authorize in metadata.OfType<IAuthorizeData>())
        {
            roles.UnionWith(authorize.Roles?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? []);
            var policy = authorize.Policy is null ? null : await policies.GetPolicyAsync(authorize.Policy);
            roles.UnionWith(policy?.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(requirement => requirement.AllowedRoles) ?? []);
        }

        return roles.Count == 0
            ? "**Roles:** any signed-in user; what they see follows their organisation and districts."
            : $"**Roles:** {string.Join(", ", roles.Select(role => $"`{role}`"))} (any one). Access within the role follows the caller's organisation and districts.";
    }

    private static void DescribePaging(OpenApiParameter parameter)
    {
        if (parameter.In != ParameterLocation.Query || parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }

        switch (parameter.Name)
        {
            case "page":
                schema.Minimum = "1";
                parameter.Description ??= "The page to answer, from 1.";
                break;
            case "pageSize":
                schema.Minimum = "1";
                schema.Maximum = Paging.MaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                parameter.Description ??= $"Items per page, at most {Paging.MaxPageSize} (default {Paging.DefaultPageSize}).";
                break;
        }
    }

    private static string Join(string? description, string line) => string.IsNullOrEmpty(description) ? line : $"{description}\n\n{line}";
}
