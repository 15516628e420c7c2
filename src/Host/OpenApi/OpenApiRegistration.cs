using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;

namespace Samverkan.Host.OpenApi;

internal static class OpenApiRegistration
{
    /// <summary>
    /// The OpenAPI document at /openapi/v1.json: the bearer scheme every /api endpoint needs, and per operation
    /// its example body, required roles, paging bounds and allowed values, all read from endpoint metadata.
    /// </summary>
    public static IServiceCollection AddSamverkanOpenApi(this IServiceCollection services) =>
        services
            // Numbers are JSON numbers, in and out: the document then types them as integers, not "integer or string".
            .ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict)
            .AddOpenApi(options => options
            .AddOperationTransformer(AddRequestExample)
            .AddOperationTransformer(Preconditions.DescribeAsync)
            .AddOperationTransformer(OpenApiIdempotency.AddIdempotencyKeyHeader)
            .AddOperationTransformer<OperationConventions>()
            .AddSchemaTransformer(AllowedValues.ListAsync)
            .AddSchemaTransformer(LocalTimes.DescribeAsync)
            .AddSchemaTransformer(InputBoundsSchema.DescribeAsync)
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Samverkan",
                    Version = "v1",
                    Description = "School, social services, BUP and police working together around a child. Lists page with `page` and "
                        + "`pageSize` and answer `{items, page, pageSize, totalCount}`; legal dates are ISO 8601 dates in Europe/Stockholm, "
                        + "instants ISO 8601 in UTC; errors are RFC 9457 problem details.",
                };
                document.Servers = [new OpenApiServer { Url = "/", Description = "This installation" }];
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
                DescribeTags(document);
                return Task.CompletedTask;
            }));

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Directory"] = "Districts and the organisations that take part: read by anyone signed in, changed by administrators.",
        ["Forums"] = "Operative forums and other collaboration forums of a district, their members and invitations.",
        ["Meetings"] = "A forum's meetings, attendance, minutes and attendance statistics.",
        ["Calendar"] = "Meetings as iCalendar: invitations, feeds and secret feed addresses for calendar programs.",
        ["Contact persons"] = "Each school's contact person in social services.",
        ["Agreements"] = "A district's local collaboration agreements and their revisions.",
        ["School"] = "The school's side: pupils, suspensions and reports of concern.",
        ["Social services"] = "Social services' side: intakes, assessments, investigations and interventions.",
        ["Absence"] = "Absence periods and the organisers' escalation ladders.",
        ["Statistics"] = "A district's figures, with small counts masked.",
        ["Notifications"] = "The caller's inbox, e-mail addresses and the managers' deadline overview.",
        ["Audit trail"] = "Who read or changed what, for administrators reviewing access.",
    };

    private static void DescribeTags(OpenApiDocument document)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var (name, description) in TagDescriptions)
        {
            var tag = document.Tags.FirstOrDefault(tag => tag.Name == name);
            if (tag is null)
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = description });
            }
            else
            {
                tag.Description = description;
            }
        }
    }

    /// <summary>Writes an endpoint's RequestExample metadata as the example of its JSON request body.</summary>
    private static Task AddRequestExample(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var example = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().FirstOrDefault();
        if (example is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = JsonSerializer.SerializeToNode(example.Value, JsonSerializerOptions.Web);
        }

        return Task.CompletedTask;
    }
}
