using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application.Features.Contacts.ListContactPersons;
using Samverkan.OperativeForums.Contracts;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class ContactPersonTests : IntegrationTest
{
    [Test]
    public async Task ChangingTheContactPerson_PublishesTheChange_AndKeepsTheHistory()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var path = $"{ForumsApi.Base}/districts/ostermalm/school-contacts/{directory.MunicipalSchool}";

        var first = await admin.PutAsJsonAsync(path, new { contactUserId = "sara.s", contactName = "Sara Socialsekreterare", effectiveFrom = "2026-01-01" }, ifMatch: null);
        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PutAsJsonAsync(path, new { contactUserId = "olle.o", contactName = "Olle Områdeschef" }, first.Headers.ETag!.ToString())).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var schools = await admin.GetOkAsync<Page<SchoolContactDto>>("/districts/ostermalm/school-contacts");
        var school = schools.Items.Single(s => s.SchoolId == directory.MunicipalSchool);
        school.Current.ShouldBe(new ContactPeriodDto("olle.o", "Olle Områdeschef", new DateOnly(2026, 3, 2), null));
        school.History.Last().ShouldBe(new ContactPeriodDto("sara.s", "Sara Socialsekreterare", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 2)));
        schools.Items.Single(s => s.SchoolId == directory.IndependentSchool).Current.ShouldBeNull();

        var published = await PublishedChangesAsync();
        published.Select(e => (e.SchoolId, e.DistrictCode, e.ContactUserId, e.ContactName, e.EffectiveFrom, e.PreviousContactUserId)).ShouldBe(
        [
            (directory.MunicipalSchool, "ostermalm", "sara.s", "Sara Socialsekreterare", new DateOnly(2026, 1, 1), (string?)null),
            (directory.MunicipalSchool, "ostermalm", "olle.o", "Olle Områdeschef", new DateOnly(2026, 3, 2), "sara.s"),
        ]);
    }

    [Test]
    public async Task ContactPerson_BadRequests_AreProblems()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var path = $"{ForumsApi.Base}/districts/ostermalm/school-contacts/{directory.MunicipalSchool}";
        var tag = (await admin.PutAsJsonAsync(path, new { contactUserId = "sara.s", contactName = "Sara Socialsekreterare" }, ifMatch: null)).Headers.ETag!.ToString();

        var same = await admin.PutAsJsonAsync(path, new { contactUserId = "sara.s", contactName = "Sara Socialsekreterare" }, tag);
        var backdated = await admin.PutAsJsonAsync(path, new { contactUserId = "olle.o", contactName = "Olle", effectiveFrom = "2026-02-01" }, tag);
        var notASchool = await admin.PutAsJsonAsync($"{ForumsApi.Base}/districts/ostermalm/school-contacts/{directory.Police}", new { contactUserId = "x", contactName = "X" }, ifMatch: null);
        var missingName = await admin.PutAsJsonAsync(path, new { contactUserId = "olle.o", contactName = "" }, tag);
        var socialWorker = await App.ClientFor(TestUser.SocialWorker).PutAsJsonAsync(path, new { contactUserId = "olle.o", contactName = "Olle" }, tag);

        same.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        backdated.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        notASchool.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        missingName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missingName.Content.ReadAsStringAsync()).ShouldContain("contactName");
        socialWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<List<SchoolContactPersonChanged>> PublishedChangesAsync()
    {
        // The test clock stands still, so both changes share one occurred_at: the effective day orders them.
        var payloads = await TestDatabase.ScalarAsync<string[]>(
            "SELECT coalesce(array_agg(payload ORDER BY occurred_at, payload->>'effectiveFrom'), '{}') FROM operative_forums.outbox_messages WHERE type = $1",
            typeof(SchoolContactPersonChanged).FullName!);
        return [.. payloads.Select(p => JsonSerializer.Deserialize<SchoolContactPersonChanged>(p, JsonSerializerOptions.Web)!)];
    }
}
