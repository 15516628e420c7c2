namespace Samverkan.Host.OpenApi;

/// <summary>
/// Who may read the OpenAPI document and open Swagger UI. Everywhere but Production the document is public and
/// Swagger UI is on in Development; in Production both are public only with OpenApi:PublicInProduction (default
/// off), and otherwise the document needs a token like the API and Swagger UI is not mapped.
/// </summary>
internal sealed record OpenApiExposure(bool DocumentIsPublic, bool SwaggerUi)
{
    public const string PublicInProductionKey = "OpenApi:PublicInProduction";

    public static OpenApiExposure For(IHostEnvironment environment, IConfiguration configuration)
    {
        var publicInProduction = configuration.GetValue<bool>(PublicInProductionKey);
        return environment.IsProduction()
            ? new OpenApiExposure(publicInProduction, publicInProduction)
            : new OpenApiExposure(DocumentIsPublic: true, SwaggerUi: environment.IsDevelopment());
    }
}
