using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.SocialServices;

/// <summary>Reports from every reporter registered by a social worker, with the receipt time, channel, reporter and child (issue 13).</summary>
public sealed class DirectIntakeTests : IntegrationTest
{
    private static readonly string[] EntitledToFeedback =
        ["police", "child-psychiatry", "child-health-centre", "emergency-ward", "other-health-care", "preschool", "school", "other-authority"];

    private static readonly string[] NotEntitled = ["private-person", "anonymous", "child"];

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task Every_reporter_kind_runs_the_deadlines_from_the_receipt_and_only_those_entitled_get_a_feedback_deadline()
    {
        foreach (var kind in EntitledToFeedback.Concat(NotEntitled))
        {
            // Late Sunday evening: the protection assessment falls on Monday, the preliminary assessment 14 days from Sunday.
            var intake = await RegisterAsync(kind, "2026-03-01T23:30:00+01:00");
            var registered = await GetAsync(intake);
            registered.GetProperty("reporterKind").GetString().ShouldBe(kind);
            Due(registered, "protection-assessment").ShouldBe("2026-03-02", kind);
            Due(registered, "preliminary-assessment").ShouldBe("2026-03-15", kind);

            using var social = App.ClientFor(_world.SocialWorker);
            (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/protection-assessment", new { text = "Inget akut skyddsbehov" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = false, reasons = "Behoven möts inom skolan" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK, kind);

            var kinds = Kinds(await GetAsync(intake));
            if (EntitledToFeedback.Contains(kind))
            {
                kinds.ShouldContain("feedback-to-reporter", kind);
            }
            else
            {
                kinds.ShouldNotContain("feedback-to-reporter", kind);
            }
        }
    }

    [TestCase("2026-03-01T23:30:00Z", "2026-03-16", TestName = "Receipt after midnight Stockholm time counts from the Stockholm date")]
    [TestCase("2026-03-29T01:30:00Z", "2026-04-12", TestName = "Receipt in the spring DST night counts from its Stockholm date")]
    [TestCase("2026-10-25T00:30:00Z", "2026-11-08", TestName = "Receipt in the repeated autumn DST hour counts from its Stockholm date")]
    public async Task The_preliminary_assessment_counts_from_the_Stockholm_date_of_receipt(string receivedAt, string due)
    {
        App.Time.Set(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture).AddDays(1));

        var intake = await RegisterAsync("police", receivedAt);

        Due(await GetAsync(intake), "preliminary-assessment").ShouldBe(due);
    }

    [Test]
    public async Task A_receipt_in_the_future_or_before_the_childs_birth_is_refused_naming_the_field_and_nothing_is_saved()
    {
        using var social = App.ClientFor(_world.SocialWorker);

        var future = await social.PostAsJsonAsync("/api/v1/social-services/intakes", Body("police", "2026-03-02T12:00:00+01:00"));
        (await future.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("receivedAt", out _).ShouldBeTrue();

        var beforeBirth = await social.PostAsJsonAsync("/api/v1/social-services/intakes", Body("police", "2025-06-01T10:00:00+02:00", "20250615-1238"));
        (await beforeBirth.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("receivedAt", out _).ShouldBeTrue();

        (await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task The_kind_of_number_is_shown_samordningsnummer_and_not_yet_known_included()
    {
        var coordination = await GetAsync(await RegisterAsync("police", "2026-03-01T10:00:00+01:00", "20120880-2387"));
        coordination.GetProperty("childIdentityKind").GetString().ShouldBe("samordningsnummer");

        var personal = await GetAsync(await RegisterAsync("police", "2026-03-01T10:00:00+01:00", "20120820-2380"));
        personal.GetProperty("childIdentityKind").GetString().ShouldBe("personnummer");

        var unknown = await GetAsync(await RegisterAsync("anonymous", "2026-03-01T10:00:00+01:00", null));
        unknown.GetProperty("childIdentityKind").GetString().ShouldBe("not-yet-known");
    }

    [Test]
    public async Task An_anonymous_report_takes_no_contact_details_and_only_the_districts_social_services_registers()
    {
        using var social = App.ClientFor(_world.SocialWorker);
        var withContact = await social.PostAsJsonAsync("/api/v1/social-services/intakes", new
        {
            districtCode = "ostermalm", receivedAt = "2026-03-01T10:00:00+01:00", channel = "phone", reporterKind = "anonymous", contactPhone = "070-123 45 67",
        });
        await withContact.ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        (await farsta.PostAsJsonAsync("/api/v1/social-services/intakes", Body("police", "2026-03-01T10:00:00+01:00"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var school = App.ClientFor(_world.Principal);
        (await school.PostAsJsonAsync("/api/v1/social-services/intakes", Body("police", "2026-03-01T10:00:00+01:00"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static object Body(string kind, string receivedAt, string? number = "20120820-2380") => new
    {
        districtCode = "ostermalm", receivedAt, channel = "phone", reporterKind = kind,
        reporterOrganisationName = kind is "anonymous" or "private-person" or "child" ? null : "Rapporterande verksamhet",
        contactName = kind == "anonymous" ? null : "Kim Berg", childIdentityNumber = number,
    };

    private static string? Due(JsonElement intake, string kind) =>
        intake.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind).GetProperty("dueDate").GetString();

    private static List<string?> Kinds(JsonElement intake) => [.. intake.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString())];

    private async Task<Guid> RegisterAsync(string kind, string receivedAt, string? number = "20120820-2380")
    {
        using var social = App.ClientFor(_world.SocialWorker);
        var response = await social.PostAsJsonAsync("/api/v1/social-services/intakes", Body(kind, receivedAt, number));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    private async Task<JsonElement> GetAsync(Guid intake)
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return await (await social.GetAsync($"/api/v1/social-services/intakes/{intake}")).ShouldBeOkJsonAsync();
    }
}
