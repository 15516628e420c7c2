using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host.OpenApi;

/// <summary>
/// Declares the problem responses (RFC 9457, application/problem+json) that the pipeline itself gives on every
/// API endpoint, so no endpoint's document can forget them: 400 for input that cannot be read or is invalid,
/// 401 without a valid token, 403 for a role the endpoint does not serve, 404 for an id in the path the caller
/// may not see, 422 for a command that breaks a domain rule, 412 and 428 where the endpoint takes If-Match.
/// Endpoints declare the rest (409) themselves.
/// </summary>
internal static class ProblemResponses
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: after the endpoint's own conventions, so its roles and explicit problem responses are seen.
        builder.Finally(Declare);
        return builder;
    }

    private static void Declare(EndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(response => response.StatusCode).ToHashSet();
        var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern;
        var isQuery = metadata.OfType<IHttpMethodMetadata>().Any(method => method.HttpMethods.Contains(HttpMethods.Get));

        Add(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
            if (metadata.OfType<RequiredRoles>().Any() || metadata.OfType<IAuthorizeData>().Any(authorize => authorize.Policy is not null || authorize.Roles is not null))
            {
                Add(StatusCodes.Status403Forbidden, typeof(ProblemDetails));
            }
        }

        if (pattern?.Parameters.Any(parameter => parameter.ParameterKind == RoutePatternParameterKind.Standard) == true)
        {
            Add(StatusCodes.Status404NotFound, typeof(ProblemDetails));
        }

        if (!isQuery)
        {
            Add(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails));
        }

        // ETag metadata (ETagEndpoints): a stale If-Match is 412; where If-Match is required, its absence is 428.
        var etag = metadata.OfType<ETagMetadata>().FirstOrDefault();
        if (etag is { IfMatch: not IfMatchRule.None })
        {
            Add(StatusCodes.Status412PreconditionFailed, typeof(ProblemDetails));
        }

        if (etag is { IfMatch: IfMatchRule.Required })
        {
            Add(StatusCodes.Status428PreconditionRequired, typeof(ProblemDetails));
        }

        void Add(int status, Type type)
        {
            if (declared.Add(status))
            {
                metadata.Add(new ProducesResponseTypeMetadata(status, type, ProblemJson));
            }
        }
    }
}
