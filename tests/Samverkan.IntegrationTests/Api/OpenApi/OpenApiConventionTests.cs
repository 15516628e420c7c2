using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api.OpenApi;

/// <summary>
/// One set of conventions in every module, checked on the live document (issue 12): every operation has a stable
/// id, a summary, its roles, an example body and the problem responses it can give as RFC 9457 problems; lists
/// page the same way; allowed values are listed; numbers are numbers. A new endpoint that forgets one fails here.
/// </summary>
public sealed class OpenApiConventionTests : IntegrationTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task Every_operation_has_an_id_a_summary_and_the_roles_it_serves()
    {
        var operations = Operations(await LiveDocument.ParsedAsync(App)).ToList();

        operations.Count.ShouldBeGreaterThan(50);
        var ids = operations.Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null).ToList();
        ids.ShouldAllBe(id => !string.IsNullOrWhiteSpace(id));
        ids.ShouldBeUnique();
        foreach (var (name, operation) in operations)
        {
            operation.TryGetProperty("summary", out var summary).ShouldBeTrue($"{name} has no summary");
            summary.GetString().ShouldNotBeNullOrWhiteSpace(name);
            var description = operation.TryGetProperty("description", out var text) ? text.GetString() : null;
            description.ShouldNotBeNull($"{name} does not say who may call it");
            (description.Contains("**Roles:**", StringComparison.Ordinal) || description.Contains("**Access:** no sign-in", StringComparison.Ordinal))
                .ShouldBeTrue($"{name}: {description}");
        }
    }

    [Test]
    public async Task Roles_in_the_document_are_those_the_code_checks()
    {
        var document = await LiveDocument.ParsedAsync(App);

        Description(document, "post", "/api/v1/school-attendance/pupils").ShouldContain("`principal`, `school-counsellor` (any one)");
        Description(document, "post", "/api/v1/operative-forums/districts").ShouldContain("`administrator` (any one)");
        Description(document, "get", "/api/v1/school-attendance/audit-trail").ShouldContain("`administrator` (any one)");
        Description(document, "post", "/api/v1/social-services/intakes/{intakeId}/decision").ShouldContain("`social-services-manager`, `social-worker` (any one)");
        Description(document, "get", "/api/v1/operative-forums/calendar-feeds/{token}/calendar.ics").ShouldContain("no sign-in");
    }

    [Test]
    public async Task Every_json_request_body_has_an_example()
    {
        foreach (var (name, operation) in Operations(await LiveDocument.ParsedAsync(App)))
        {
            if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
            {
                json.TryGetProperty("example", out _).ShouldBeTrue($"{name} has no example request body");
            }
        }
    }

    [Test]
    public async Task Every_error_response_is_a_problem_with_the_problem_details_schema()
    {
        foreach (var (name, operation) in Operations(await LiveDocument.ParsedAsync(App)))
        {
            var responses = operation.GetProperty("responses");
            responses.TryGetProperty("400", out _).ShouldBeTrue($"{name} does not declare 400");
            var anonymous = operation.GetProperty("description").GetString()!.Contains("no sign-in", StringComparison.Ordinal);
            responses.TryGetProperty("401", out _).ShouldBe(!anonymous, $"{name}: 401 exactly when a token is needed");
            foreach (var response in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')))
            {
                var content = response.Value.GetProperty("content").EnumerateObject().ToList();
                content.Select(c => c.Name).ShouldBe(["application/problem+json"], $"{name} {response.Name}");
                content[0].Value.GetProperty("schema").GetProperty("$ref").GetString()
                    .ShouldBeOneOf("#/components/schemas/ProblemDetails", "#/components/schemas/HttpValidationProblemDetails");
            }

            if (name.Contains("{", StringComparison.Ordinal))
            {
                responses.TryGetProperty("404", out _).ShouldBeTrue($"{name} has an id in its path but no 404");
            }
        }
    }

    [Test]
    public async Task Every_list_pages_with_page_and_page_size_up_to_the_documented_maximum()
    {
        var document = await LiveDocument.ParsedAsync(App);
        var lists = 0;
        foreach (var (name, operation) in Operations(document))
        {
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            parameters.ShouldNotContain(p => p.GetProperty("name").GetString() == "pageNumber", name);
            if (!Returns(operation).StartsWith("#/components/schemas/PageOf", StringComparison.Ordinal))
            {
                continue;
            }

            lists++;
            var page = parameters.Single(p => p.GetProperty("name").GetString() == "page");
            var pageSize = parameters.Single(p => p.GetProperty("name").GetString() == "pageSize");
            page.GetProperty("schema").GetProperty("minimum").GetInt32().ShouldBe(1, name);
            pageSize.GetProperty("schema").GetProperty("maximum").GetInt32().ShouldBe(200, name);
            var shape = document.GetProperty("components").GetProperty("schemas").GetProperty(Returns(operation).Split('/')[^1]);
            shape.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["items", "page", "pageSize", "totalCount"], ignoreOrder: true);
        }

        lists.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Test]
    public async Task Allowed_values_are_listed_and_numbers_are_numbers()
    {
        var document = await LiveDocument.ParsedAsync(App);
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Enum(schemas, "RegisterPupilRequest", "schoolForm").ShouldBe(["compulsory", "upper-secondary"]);
        Enum(schemas, "CreateForumRequest", "kind").ShouldContain("operative-forum");
        Enum(schemas, "RegisterOrganisationRequest", "kind").ShouldContain("social-services");
        Enum(schemas, "MeetingRequest", "status").ShouldBe(["accepted", "declined", "offered"]);
        Enum(schemas, "StartInterventionRequest", "kind").ShouldContain("skolfam");
        Enum(schemas, "ReportStatusDto", "status").ShouldBe(["assessment-decided", "feedback-given", "received", "sent"]);
        Regex.IsMatch(document.GetRawText(), "\"integer\",\\s*\"string\"").ShouldBeFalse("an integer is typed as integer or string");
        schemas.GetProperty("DecideSuspensionRequest").GetProperty("properties").GetProperty("startDate").GetProperty("format").GetString().ShouldBe("date");
        schemas.GetProperty("ReportStatusDto").GetProperty("properties").GetProperty("reportedAt").GetProperty("format").GetString().ShouldBe("date-time");
    }

    [Test]
    public async Task In_production_the_document_needs_a_token_unless_configured_public()
    {
        await using (var closed = new SamverkanApp(new FakeTime(Start), environment: "Production"))
        {
            using var anonymous = closed.ClientFor();
            (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            using var signedIn = closed.ClientFor(TestUser.SocialWorker);
            (await signedIn.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await signedIn.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await using var open = new SamverkanApp(new FakeTime(Start), new Dictionary<string, string?> { ["OpenApi:PublicInProduction"] = "true" }, "Production");
        using var client = open.ClientFor();
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/operative-forums/districts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static IEnumerable<(string Name, JsonElement Operation)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from method in path.Value.EnumerateObject()
        where Methods.Contains(method.Name)
        select ($"{method.Name.ToUpperInvariant()} {path.Name}", method.Value);

    private static string Description(JsonElement document, string method, string path) =>
        document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("description").GetString()!;

    private static string Returns(JsonElement operation) =>
        operation.GetProperty("responses").TryGetProperty("200", out var ok) && ok.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var json) && json.GetProperty("schema").TryGetProperty("$ref", out var reference)
            ? reference.GetString()!
            : string.Empty;

    private static List<string?> Enum(JsonElement schemas, string schema, string property) =>
        [.. schemas.GetProperty(schema).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(value => value.GetString())];
}
