using System.Net;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>The regular review of who read or changed a child's data, as the municipality's reviewer does it.</summary>
public sealed class AuditTrailTests : IntegrationTest
{
    private const string Trail = "/api/v1/school-attendance/audit-trail";
    private static readonly DateOnly Born = new(2012, 5, 14);

    private SchoolWorld _world = null!;
    private Guid _pupil;

    [SetUp]
    public async Task APupilRegisteredOnDayOneAndReadOnDayTwo()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _pupil = await _world.RegisterPupilAsync(Born);
        App.Time.Set(Start.AddDays(1));
        using var counsellor = App.ClientFor(_world.Counsellor);
        await (await counsellor.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}")).ShouldBeOkJsonAsync();
    }

    [Test]
    public async Task The_reviewer_sees_who_did_what_to_the_pupil_newest_first_without_the_pupils_identity()
    {
        var response = await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?subjectType=pupil&subjectId={_pupil}");

        var body = await response.Content.ReadAsStringAsync();
        var items = (await response.ShouldBeOkJsonAsync()).GetProperty("items");
        Lines(items).ShouldBe([("counsellor.engelbrekt", "read"), ("principal.engelbrekt", "register")]);
        body.ShouldNotContain(SchoolWorld.Pin(Born, "238"));
        body.ShouldNotContain(SchoolWorld.Pin(Born, "238")[2..]);
    }

    [Test]
    public async Task What_one_person_did_on_one_day()
    {
        var response = await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?userId=counsellor.engelbrekt&from=2026-03-03&to=2026-03-03");

        Lines((await response.ShouldBeOkJsonAsync()).GetProperty("items")).ShouldBe([("counsellor.engelbrekt", "read")]);
        var dayBefore = await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?userId=counsellor.engelbrekt&from=2026-03-02&to=2026-03-02");
        (await dayBefore.ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Reading_the_trail_is_itself_in_the_trail()
    {
        await (await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?subjectType=pupil&subjectId={_pupil}")).ShouldBeOkJsonAsync();

        var reviews = await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?userId={TestUser.Administrator.UserName}");
        Lines((await reviews.ShouldBeOkJsonAsync()).GetProperty("items")).ShouldBe([("admin.test", "audit-trail-read")]);
    }

    [Test]
    public async Task Only_administrators_review_and_a_review_names_whom_it_is_about()
    {
        var socialWorker = await App.ClientFor(_world.SocialWorker).GetAsync($"{Trail}?subjectType=pupil&subjectId={_pupil}");
        socialWorker.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var everything = await App.ClientFor(TestUser.Administrator).GetAsync(Trail);
        (await everything.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("subjectId", out _).ShouldBeTrue();
        var backwards = await App.ClientFor(TestUser.Administrator).GetAsync($"{Trail}?userId=x&from=2026-03-03&to=2026-03-02");
        (await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
    }

    private static List<(string UserId, string Operation)> Lines(JsonElement items) =>
        [.. items.EnumerateArray().Select(e => (e.GetProperty("userId").GetString()!, e.GetProperty("operation").GetString()!))];
}
