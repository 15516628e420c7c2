using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class OpenApiTests : IntegrationTest
{
    [Test]
    public async Task OpenApiDocument_DescribesForumEndpoints_WithSummariesAndExamples()
    {
        using var document = JsonDocument.Parse(await App.ClientFor().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var addMember = paths.GetProperty("/api/v1/operative-forums/forums/{forumId}/members").GetProperty("post");
        addMember.GetProperty("summary").GetString()!.ShouldContain("409");
        addMember.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("role").GetString().ShouldBe("kurator");
        addMember.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/operative-forums/forums/{forumId}/meetings").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("startsAt").GetString().ShouldBe("13:00:00");
        paths.TryGetProperty("/api/v1/operative-forums/forums/{forumId}/calendar.ics", out _).ShouldBeTrue();
    }

    [Test]
    public async Task OpenApiDocument_ShowsTheBoundsOfEveryField()
    {
        using var document = JsonDocument.Parse(await App.ClientFor().GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        JsonElement Property(string schema, string property)
        {
            var found = schemas.EnumerateObject().Single(s => s.Name.EndsWith(schema, StringComparison.Ordinal)).Value.GetProperty("properties").GetProperty(property);
            TestContext.Out.WriteLine($"{schema}.{property}: {found}");
            return found;
        }

        Property("ReviseAgreementRequest", "note").GetProperty("maxLength").GetInt32().ShouldBe(4000);
        Property("MinutesItemInput", "notes").GetProperty("maxLength").GetInt32().ShouldBe(8000);
        Property("MinutesRequest", "items").GetProperty("maxItems").GetInt32().ShouldBe(100);
        Property("AbsencePeriodRequest", "scheduledMinutes").GetProperty("maximum").GetRawText().ShouldBe("1000000");
        Property("PlanMeetingRequest", "date").GetProperty("description").GetString()!.ShouldContain("years");
        var statistics = document.RootElement.GetProperty("paths").GetProperty("/api/v1/school-attendance/statistics/districts/{districtCode}").GetProperty("get").GetProperty("parameters");
        statistics.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "from").GetProperty("schema").GetProperty("description").GetString()!.ShouldContain("years");
    }
}
