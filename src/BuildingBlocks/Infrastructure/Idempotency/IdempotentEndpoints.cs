using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>Endpoint metadata: the endpoint accepts an Idempotency-Key (the OpenAPI document lists the header).</summary>
public sealed record IdempotentEndpoint;

/// <summary>Endpoint metadata: the module whose schema keeps the endpoint's idempotency keys and whose transaction they join.</summary>
public sealed record IdempotencyStore(Type DbContextType);

public static class IdempotentEndpointExtensions
{
    /// <summary>
    /// Lets a retried request with the same Idempotency-Key get the first answer instead of doing the work again
    /// (IdempotencyMiddleware). For requests that create or record something; the module group must name its
    /// store with <see cref="KeepsIdempotencyKeysIn{TDbContext}"/>.
    /// </summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder builder) => builder.WithMetadata(new IdempotentEndpoint());

    /// <summary>The module's idempotent endpoints keep their keys in this module's schema, in its transaction.</summary>
    public static RouteGroupBuilder KeepsIdempotencyKeysIn<TDbContext>(this RouteGroupBuilder group)
        where TDbContext : ModuleDbContext => group.WithMetadata(new IdempotencyStore(typeof(TDbContext)));
}
