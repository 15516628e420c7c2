using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// Walks the running Host's OpenAPI document and sends every class of bad value to every operation, as a
/// user entitled to it, with path ids of records a small fixture created: no answer may be a 5xx.
/// </summary>
public sealed class BadInputTests : IntegrationTest
{
    private const string Nul = "a\u0000b";

    private static readonly string[] FarDates = ["0001-01-01", "9999-12-31"];

    private static readonly string Huge = new('x', 100 * 1024);

    private JsonObject? _components;

    [Test]
    public async Task EveryOperation_AnswersEveryClassOfBadValue_WithoutA5xx()
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        using var anonymous = App.ClientFor();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var failures = new List<string>();
        var sent = 0;
        var closed = 0;

        foreach (var operation in Operations(document).OrderBy(o => o.Order))
        {
            var user = fixture.UserFor(operation.Template);
            using var client = App.ClientFor(user);
            foreach (var (label, path, body) in BadRequests(operation, fixture))
            {
                sent++;
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (body is not null)
                {
                    request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                }

                var watch = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    using var response = await client.SendAsync(request);
                    if (watch.ElapsedMilliseconds > 200)
                    {
                        TestContext.Out.WriteLine($"SLOW {watch.ElapsedMilliseconds} ms {operation.Method} {operation.Template} {label}");
                    }

                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{(int)response.StatusCode} {operation.Method} {operation.Template} {label}");
                    }
                }
                catch (HttpRequestException)
                {
                    // A body over the server's size limit is answered 413 and the connection closed while the client still writes.
                    closed++;
                }
            }
        }

        TestContext.Out.WriteLine($"{sent} bad requests sent; {failures.Count} answered with a 5xx; {closed} closed by the server before the answer");
        sent.ShouldBeGreaterThan(500);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Test]
    public async Task BadJson_IsA400_NamingTheField_InTheApisTerms()
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        using var principal = App.ClientFor(fixture.World.Principal);

        var wrongType = await principal.PostAsync($"/api/v1/school-attendance/pupils/{fixture.PupilId}/absence-periods",
            new StringContent("""{"fromDate":"2026-02-16","toDate":"2026-02-27","scheduledMinutes":"many","excusedMinutes":0,"unexcusedMinutes":0}""", Encoding.UTF8, "application/json"));
        var problem = await wrongType.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("scheduledMinutes", out _).ShouldBeTrue(problem.ToString());
        problem.ToString().ShouldNotContain("AbsencePeriodRequest");

        var unreadable = await principal.PostAsync($"/api/v1/school-attendance/pupils/{fixture.PupilId}/absence-periods",
            new StringContent("""{"fromDate":"2026-02-16",""", Encoding.UTF8, "application/json"));
        (await unreadable.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ToString().ShouldNotContain("Failed to read parameter");

        var missing = await principal.PostAsync($"/api/v1/school-attendance/pupils/{fixture.PupilId}/absence-periods", new StringContent(string.Empty, Encoding.UTF8, "application/json"));
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ToString().ShouldNotContain("Failed to read parameter");
    }

    [Test]
    public async Task OneProblem_ListsEveryBadField_ByItsJsonName()
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        using var admin = App.ClientFor(TestUser.Administrator);

        var response = await admin.PutAsJsonAsync($"/api/v1/operative-forums/forums/{fixture.ForumId}/meetings/{fixture.MeetingId}/minutes", new
        {
            items = new object?[] { new { heading = Nul, notes = Huge, childName = (string?)null, consentReference = (string?)null }, null },
        });

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("items[0].heading", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("items[0].notes", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("items[1]", out _).ShouldBeTrue(errors.ToString());
    }

    [Test]
    public async Task AbsenceMinutes_ThatWouldOverflowTheirSum_AreRefused()
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        using var principal = App.ClientFor(fixture.World.Principal);

        var response = await principal.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{fixture.PupilId}/absence-periods",
            new { fromDate = "2026-02-16", toDate = "2026-02-27", scheduledMinutes = 2_000_000_000, excusedMinutes = 1_500_000_000, unexcusedMinutes = 1_500_000_000 });

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("scheduledMinutes", out _).ShouldBeTrue(errors.ToString());
    }

    [Test]
    public async Task FarFutureDates_AreRefused_WhereTheyWouldBeStored()
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        using var admin = App.ClientFor(TestUser.Administrator);
        using var social = App.ClientFor(fixture.World.SocialWorker);

        (await admin.PostAsJsonAsync($"/api/v1/operative-forums/forums/{fixture.ForumId}/meetings", new { date = "9999-12-31", startsAt = "13:00", endsAt = "15:00", place = "Rum 1" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{fixture.OpenIntakeId}/preliminary-assessment/extension", new { newDueDate = "9999-12-31", reason = "Särskilda skäl" }))
            .StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        (await social.PostAsJsonAsync($"/api/v1/social-services/investigations/{fixture.InvestigationId}/extension", new { newDueDate = "9999-12-31", reason = "Särskilda skäl" }))
            .StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);

        (await admin.GetAsync($"/api/v1/operative-forums/forums/{fixture.ForumId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.GetAsync($"/api/v1/social-services/intakes/{fixture.OpenIntakeId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.GetAsync($"/api/v1/social-services/investigations/{fixture.InvestigationId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private IEnumerable<(string Label, string Path, string? Body)> BadRequests(Operation operation, BadInputFixture fixture)
    {
        var query = operation.Query.ToDictionary(p => p.Name, p => BaseValue(p.Name, p.Schema, fixture));
        string PathWith(IReadOnlyDictionary<string, string> route, IReadOnlyDictionary<string, JsonNode?> values) =>
            operation.PathFor(route) + QueryString(values);

        var route = operation.Route.ToDictionary(p => p.Name, p => fixture.IdFor(p.Name));
        var baseBody = operation.Body is null ? null : BaseValue("body", operation.Body, fixture);
        var baseBodyText = baseBody?.ToJsonString();
        var basePath = PathWith(route, query);

        yield return ("as it is", basePath, baseBodyText);

        foreach (var parameter in operation.Route.Where(p => Kind(p.Schema) == "string" && Format(p.Schema) is null))
        {
            yield return ($"route {parameter.Name}=%00", operation.PathFor(new Dictionary<string, string>(route) { [parameter.Name] = "a%00b" }) + QueryString(query), baseBodyText);
        }

        foreach (var parameter in operation.Query)
        {
            foreach (var bad in BadScalars(parameter.Schema))
            {
                var changed = new Dictionary<string, JsonNode?>(query) { [parameter.Name] = bad };
                yield return ($"query {parameter.Name}={Short(bad)}", PathWith(route, changed), baseBodyText);
            }

            yield return ($"query {parameter.Name}=%00", basePath + (basePath.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter.Name + "=a%00b", baseBodyText);
        }

        var dates = operation.Query.Where(p => Format(p.Schema) == "date").Select(p => p.Name).ToList();
        if (dates.Count > 1)
        {
            foreach (var (first, last) in new[] { ("0001-01-01", "9999-12-31"), ("9999-12-30", "9999-12-31"), ("0001-01-01", "0001-01-02") })
            {
                var changed = new Dictionary<string, JsonNode?>(query) { [dates[0]] = first, [dates[1]] = last };
                yield return ($"query {dates[0]}={first}&{dates[1]}={last}", PathWith(route, changed), baseBodyText);
            }
        }

        if (baseBody is null || operation.Body is null)
        {
            yield break;
        }

        foreach (var (label, mutated) in Mutations(baseBody, operation.Body, fixture, "body"))
        {
            yield return (label, basePath, mutated.ToJsonString());
        }

        var isFirst = true;
        yield return ("body: its first string 10 MB", basePath, Replace(baseBody.DeepClone(), text => isFirst && !(isFirst = false) ? new string('y', 10 * 1024 * 1024) : text)?.ToJsonString());
        yield return ("body: every date 9999-12-31", basePath, ReplaceDates(baseBody.DeepClone(), "9999-12-31")?.ToJsonString());
        yield return ("body: not JSON", basePath, "{\"a\":");
        yield return ("body: empty", basePath, string.Empty);
        yield return ("body: null", basePath, "null");
        yield return ("body: an array", basePath, "[]");
    }

    /// <summary>Each leaf of the body replaced by each bad value of its kind, one at a time.</summary>
    private IEnumerable<(string Label, JsonNode Body)> Mutations(JsonNode body, JsonNode schema, BadInputFixture fixture, string at)
    {
        var resolved = Resolve(schema);
        if (Kind(resolved) == "object" && body is JsonObject obj && resolved["properties"] is JsonObject properties)
        {
            foreach (var (name, propertySchema) in properties)
            {
                foreach (var bad in BadScalars(propertySchema!))
                {
                    var copy = body.DeepClone().AsObject();
                    copy[name] = bad;
                    yield return ($"{at}.{name}={Short(bad)}", copy);
                }

                if (obj[name] is { } child)
                {
                    foreach (var (label, mutatedChild) in Mutations(child, propertySchema!, fixture, $"{at}.{name}"))
                    {
                        var copy = body.DeepClone().AsObject();
                        copy[name] = mutatedChild;
                        yield return (label, copy);
                    }
                }
            }
        }
        else if (Kind(resolved) == "array" && body is JsonArray array && resolved["items"] is { } items)
        {
            yield return ($"{at}=[null]", new JsonArray((JsonNode?)null));
            yield return ($"{at}=[x, null]", new JsonArray(array.FirstOrDefault()?.DeepClone(), null));
            yield return ($"{at} of 20,000", new JsonArray([.. Enumerable.Range(0, 20_000).Select(_ => array.FirstOrDefault()?.DeepClone())]));
            if (array.FirstOrDefault() is { } first)
            {
                foreach (var (label, mutatedItem) in Mutations(first, items, fixture, $"{at}[0]"))
                {
                    yield return (label, new JsonArray(mutatedItem));
                }

                foreach (var bad in BadScalars(items))
                {
                    yield return ($"{at}[0]={Short(bad)}", new JsonArray(bad));
                }
            }
        }
    }

    private IEnumerable<JsonNode?> BadScalars(JsonNode schema) => (Kind(Resolve(schema)), Format(Resolve(schema))) switch
    {
        ("string", "date") => [.. FarDates.Select(d => (JsonNode?)d), "2026-02-30", "not a date"],
        ("string", "date-time") => ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"],
        ("string", "uuid") => [Guid.Empty.ToString(), "not-a-guid", Nul],
        ("string", "time") => ["25:00", Nul],
        ("string", _) => [Nul, "tab\tand\nline", "\u001b[31m", Huge, string.Empty],
        ("integer", _) => [int.MaxValue, int.MinValue, -1, 0, long.MaxValue],
        ("number", _) => [decimal.MaxValue, -1m, 1e300],
        ("boolean", _) => ["yes"],
        ("array", _) => [null, "not an array"],
        ("object", _) => [null, "not an object"],
        _ => [],
    };

    private JsonNode? BaseValue(string name, JsonNode schema, BadInputFixture fixture)
    {
        var resolved = Resolve(schema);
        if (fixture.KnownValue(name) is { } known)
        {
            return known;
        }

        return (Kind(resolved), Format(resolved)) switch
        {
            ("object", _) => new JsonObject((resolved["properties"] as JsonObject ?? [])
                .Select(p => KeyValuePair.Create(p.Key, BaseValue(p.Key, p.Value!, fixture)))),
            ("array", _) => new JsonArray(BaseValue(Singular(name), resolved["items"]!, fixture)),
            ("string", "date") => "2026-03-16",
            ("string", "time") => "13:00",
            ("string", "uuid") => fixture.World.Engelbrekt.ToString(),
            ("string", _) => "Text",
            ("integer", _) => 1,
            ("number", _) => 10,
            ("boolean", _) => true,
            _ => null,
        };
    }

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;

    private static JsonNode? Replace(JsonNode? node, Func<string, string> replace) => node switch
    {
        JsonObject obj => ReplaceEach(obj, replace),
        JsonArray array => new JsonArray([.. array.Select(item => Replace(item?.DeepClone(), replace))]),
        JsonValue value when value.TryGetValue<string>(out var text) && !DateOnly.TryParse(text, out _) && !Guid.TryParse(text, out _) => replace(text),
        _ => node,
    };

    private static JsonObject ReplaceEach(JsonObject obj, Func<string, string> replace)
    {
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            obj[key] = Replace(obj[key]?.DeepClone(), replace);
        }

        return obj;
    }

    private static JsonNode? ReplaceDates(JsonNode? node, string date) => node switch
    {
        JsonObject obj => ReplaceDatesEach(obj, date),
        JsonArray array => new JsonArray([.. array.Select(item => ReplaceDates(item?.DeepClone(), date))]),
        JsonValue value when value.TryGetValue<string>(out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", out _) => date,
        _ => node,
    };

    private static JsonObject ReplaceDatesEach(JsonObject obj, string date)
    {
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            obj[key] = ReplaceDates(obj[key]?.DeepClone(), date);
        }

        return obj;
    }

    private static string QueryString(IReadOnlyDictionary<string, JsonNode?> values)
    {
        var pairs = values.Where(v => v.Value is not null)
            .Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value is JsonValue value && value.TryGetValue<string>(out var s) ? s : v.Value!.ToJsonString())}")
            .ToList();
        return pairs.Count == 0 ? string.Empty : "?" + string.Join('&', pairs);
    }

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 30 ? $"<{text.Length} chars>" : text;
    }

    private JsonNode Resolve(JsonNode schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(_components![reference.Split('/')[^1]]!);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray choices && choices.FirstOrDefault(c => Kind(Resolve(c!)) != "null") is { } choice)
            {
                return Resolve(choice);
            }
        }

        return schema;
    }

    private static string? Kind(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).OrderBy(t => t switch { "null" => 9, "string" => 5, _ => 0 }).FirstOrDefault(),
        JsonValue type => type.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : null,
    };

    private static string? Format(JsonNode schema) => schema["format"]?.GetValue<string>();

    private IEnumerable<Operation> Operations(JsonNode document)
    {
        _components = document["components"]?["schemas"] as JsonObject;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"] as JsonArray ?? []).Select(p => p!).ToList();
                yield return new Operation(
                    method.ToUpperInvariant(),
                    template,
                    [.. parameters.Where(p => p["in"]!.GetValue<string>() == "path").Select(p => new Parameter(p["name"]!.GetValue<string>(), p["schema"]!))],
                    [.. parameters.Where(p => p["in"]!.GetValue<string>() == "query").Select(p => new Parameter(p["name"]!.GetValue<string>(), p["schema"]!))],
                    operation["requestBody"]?["content"]?["application/json"]?["schema"]);
            }
        }
    }

    private sealed record Parameter(string Name, JsonNode Schema);

    private sealed record Operation(string Method, string Template, IReadOnlyList<Parameter> Route, IReadOnlyList<Parameter> Query, JsonNode? Body)
    {
        private static readonly string[] Terminal = ["/completion", "/cancel", "/leave", "/decision", "/answer", "/mine", "/read", "/feedback-request"];

        /// <summary>Reads first, then writes, and the writes that end a record (complete, cancel, decide) last.</summary>
        public int Order => Method == "GET" ? 0 : Terminal.Any(t => Template.EndsWith(t, StringComparison.Ordinal)) ? 2 : 1;

        public string PathFor(IReadOnlyDictionary<string, string> values) =>
            values.Aggregate(Template, (path, value) => path.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));
    }
}
