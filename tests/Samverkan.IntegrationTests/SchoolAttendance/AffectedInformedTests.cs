using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.Notifications;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Those affected are told at once that an investigation opened (20 kap. 4 § SoL): a same-day deadline the case officer meets by recording the notice.</summary>
public sealed class AffectedInformedTests : IntegrationTest
{
    private const string Kind = "inform-affected";

    private SchoolWorld _world = null!;
    private Guid _investigation;

    // Opened Monday 2 March 2026 at 09:00 Stockholm time (the test clock's start).
    [SetUp]
    public async Task OpenInvestigation()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _investigation = await _world.OpenInvestigationAsync(await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
    }

    [Test]
    public async Task Opening_an_investigation_opens_the_notice_due_the_same_day_naming_the_rule()
    {
        var investigation = await _world.GetInvestigationAsync(_investigation);

        var deadline = Deadline(investigation);
        deadline.GetProperty("dueDate").GetString().ShouldBe("2026-03-02");
        deadline.GetProperty("status").GetString().ShouldBe("Open");
        deadline.GetProperty("ruleReference").GetString()!.ShouldStartWith("20 kap. 4 § SoL (2025:400)");
        investigation.GetProperty("informedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        investigation.GetProperty("informedWho").ValueKind.ShouldBe(JsonValueKind.Null);
        investigation.GetProperty("how").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Recording_the_notice_meets_the_deadline_shows_on_the_investigation_and_is_audited()
    {
        var response = await RecordAsync(_world.SocialWorker, new { informedOn = "2026-03-02", informedWho = "vårdnadshavare och barnet", how = "brev" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        var investigation = await _world.GetInvestigationAsync(_investigation);
        Deadline(investigation).GetProperty("status").GetString().ShouldBe("Met");
        investigation.GetProperty("informedOn").GetString().ShouldBe("2026-03-02");
        investigation.GetProperty("informedWho").GetString().ShouldBe("vårdnadshavare och barnet");
        investigation.GetProperty("how").GetString().ShouldBe("brev");
        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM social_services.audit_entries WHERE subject_type = 'case' AND subject_id = $1 AND operation = 'affected-informed' AND user_id = 'socialworker.ostermalm'",
            _investigation)).ShouldBe(1);
    }

    [Test]
    public async Task Not_recorded_by_the_end_of_the_day_the_deadline_is_breached_and_social_services_are_reminded_then_a_late_notice_meets_it()
    {
        var reminders = new DeadlineWorld(App);

        await reminders.DayAsync(new DateOnly(2026, 3, 3));

        Deadline(await _world.GetInvestigationAsync(_investigation)).GetProperty("status").GetString().ShouldBe("Breached");
        (await reminders.InboxOfAsync(_world.SocialWorker)).Select(n => n.Title).ShouldContain("Underrättelse om inledd utredning: försenad (förföll 2026-03-02)");
        var manager = new TestUser("chef.ostermalm", _world.OstermalmSocial, ["ostermalm"], [Roles.SocialServicesManager]);
        (await reminders.InboxOfAsync(manager)).Select(n => n.Title).ShouldContain("Underrättelse om inledd utredning: försenad, till ansvarig chef");

        (await RecordAsync(_world.SocialWorker, new { informedOn = "2026-03-03", informedWho = "vårdnadshavare", how = "samtal" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Deadline(await _world.GetInvestigationAsync(_investigation)).GetProperty("status").GetString().ShouldBe("Met");
    }

    [Test]
    public async Task Missing_or_too_long_fields_are_400_naming_each()
    {
        var empty = await RecordAsync(_world.SocialWorker, new { });
        var tooLong = await RecordAsync(_world.SocialWorker, new { informedOn = "2026-03-02", informedWho = new string('x', 501), how = new string('x', 501) });

        var emptyErrors = (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        emptyErrors.EnumerateObject().Select(e => e.Name).ShouldBe(["informedOn", "informedWho", "how"], ignoreOrder: true);
        var tooLongErrors = (await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        tooLongErrors.EnumerateObject().Select(e => e.Name).ShouldBe(["informedWho", "how"], ignoreOrder: true);
    }

    [TestCase("2026-03-01", Description = "the day before the investigation opened")]
    [TestCase("2026-03-03", Description = "tomorrow")]
    public async Task A_notice_before_the_opening_or_in_the_future_is_422_naming_the_rule(string informedOn)
    {
        var response = await RecordAsync(_world.SocialWorker, new { informedOn, informedWho = "vårdnadshavare", how = "brev" });

        (await response.ShouldBreakRuleAsync()).ShouldStartWith("20 kap. 4 § SoL (2025:400)");
        Deadline(await _world.GetInvestigationAsync(_investigation)).GetProperty("status").GetString().ShouldBe("Open");
    }

    [Test]
    public async Task Recording_twice_is_409_and_the_first_notice_stands()
    {
        (await RecordAsync(_world.SocialWorker, new { informedOn = "2026-03-02", informedWho = "vårdnadshavare och barnet", how = "brev" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var second = await RecordAsync(_world.SocialWorker, new { informedOn = "2026-03-02", informedWho = "vårdnadshavare", how = "samtal" });

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var investigation = await _world.GetInvestigationAsync(_investigation);
        investigation.GetProperty("informedWho").GetString().ShouldBe("vårdnadshavare och barnet");
        investigation.GetProperty("how").GetString().ShouldBe("brev");
    }

    [Test]
    public async Task Another_district_or_the_school_is_told_the_investigation_does_not_exist()
    {
        var body = new { informedOn = "2026-03-02", informedWho = "vårdnadshavare", how = "brev" };

        await (await RecordAsync(_world.FarstaSocialWorker, body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await RecordAsync(_world.Principal, body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _world.GetInvestigationAsync(_investigation)).GetProperty("informedOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task The_OpenAPI_document_describes_the_endpoint_with_an_example_and_its_problems()
    {
        using var document = JsonDocument.Parse(await App.ClientFor().GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/social-services/investigations/{investigationId}/affected-informed").GetProperty("post");
        post.GetProperty("summary").GetString()!.ShouldContain("20 kap. 4 § SoL");
        post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("informedWho").GetString().ShouldBe("vårdnadshavare och barnet");
        post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBeSubsetOf(["204", "400", "401", "403", "404", "409", "412", "422"]);
        post.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        // An action honours If-Match when sent (docs/adr/0010): optional, and 412 when stale.
        post.GetProperty("responses").TryGetProperty("412", out _).ShouldBeTrue();
        var ifMatch = post.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "If-Match");
        (ifMatch.TryGetProperty("required", out var required) && required.GetBoolean()).ShouldBeFalse();
    }

    private async Task<HttpResponseMessage> RecordAsync(TestUser user, object body)
    {
        using var client = App.ClientFor(user);
        return await client.PostAsJsonAsync($"/api/v1/social-services/investigations/{_investigation}/affected-informed", body);
    }

    private static JsonElement Deadline(JsonElement investigation) =>
        investigation.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == Kind);
}
