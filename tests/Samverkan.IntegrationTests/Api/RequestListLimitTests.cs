using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// Issue 11: every list a request carries has a maximum size, so that no request writes an unbounded number of
/// rows or events; one item more than the limit is a 400 naming the list, and nothing is written.
/// </summary>
public sealed class RequestListLimitTests : IntegrationTest
{
    [Test]
    public async Task An_organisation_covering_more_than_50_districts_is_400_naming_districtCodes()
    {
        using var admin = App.ClientFor(TestUser.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/organisations", new
        {
            name = "Skola", kind = "school", organiser = "Stockholms stad", isIndependent = false,
            districtCodes = Enumerable.Range(1, 51).Select(n => $"district-{n}"),
        });

        await ShouldNameAsync(response, "districtCodes", "at most 50");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM operative_forums.outbox_messages")).ShouldBe(0);
    }

    [Test]
    public async Task An_agreement_of_more_than_50_parties_is_400_naming_parties()
    {
        using var admin = App.ClientFor(TestUser.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/operative-forums/agreements", new
        {
            districtCode = "ostermalm", parties = Enumerable.Range(0, 51).Select(_ => Guid.NewGuid()), signedOn = "2026-01-15", revisionIntervalMonths = 12,
        });

        await ShouldNameAsync(response, "parties", "at most 50");
    }

    [Test]
    public async Task Attendance_of_more_than_100_entries_and_minutes_of_more_than_50_items_are_400_naming_the_list()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        var meeting = $"/api/v1/operative-forums/forums/{Guid.NewGuid()}/meetings/{Guid.NewGuid()}";

        var attendance = await admin.PutAsJsonAsync($"{meeting}/attendance", new
        {
            entries = Enumerable.Range(0, 101).Select(_ => new { organisationId = Guid.NewGuid(), present = true }),
        });
        var minutes = await admin.PutAsJsonAsync($"{meeting}/minutes", new
        {
            items = Enumerable.Range(1, 51).Select(n => new { heading = $"Punkt {n}", notes = "" }),
        });

        await ShouldNameAsync(attendance, "entries", "at most 100");
        await ShouldNameAsync(minutes, "items", "at most 50");
    }

    private static async Task ShouldNameAsync(HttpResponseMessage response, string field, string message)
    {
        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue(errors.GetRawText());
        messages[0].GetString()!.ShouldContain(message);
    }
}
