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
}
