using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Samverkan.Host;

internal static class OpenApiRegistration
{
    /// <summary>The OpenAPI document at /openapi/v1.json, declaring the bearer scheme every /api endpoint needs.</summary>
    public static IServiceCollection AddSamverkanOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Samverkan",
                Version = "v1",
                Description = "School, social services, BUP and police working together around a child.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "In Development: POST /dev/token with a demo user name (GET /dev/users).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            return Task.CompletedTask;
        }));
}
