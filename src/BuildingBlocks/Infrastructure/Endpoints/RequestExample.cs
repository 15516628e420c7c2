using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Samverkan.BuildingBlocks.Infrastructure.Endpoints;

/// <summary>
/// An example request body for an endpoint's OpenAPI description. Endpoint metadata, so modules need no
/// OpenAPI package: the Host's document transformer writes it into the document.
/// </summary>
public sealed record RequestExample(object Value);

public static class RequestExampleExtensions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object example) =>
        builder.WithMetadata(new RequestExample(example));
}
