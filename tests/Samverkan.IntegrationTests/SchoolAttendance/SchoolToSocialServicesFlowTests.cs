using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>
/// The whole flow through the outbox: a school reports, social services of the home district receive it,
/// assess, decide, give feedback; the school sees only the status it is entitled to at each step.
/// </summary>
public sealed class SchoolToSocialServicesFlowTests : IntegrationTest
{
    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task ReportOfConcern_FromSchoolToFeedback_SchoolSeesOnlyItsEntitledStatus()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        using var school = App.ClientFor(_world.Principal);
        using var social = App.ClientFor(_world.SocialWorker);

        var report = await _world.ReportConcernAsync(pupil, drain: false);
        (await Status()).ShouldBe("sent");
        (await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);

        await _world.DrainAsync();
        var intake = await _world.LatestIntakeAsync();
        (await Status()).ShouldBe("received");

        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/protection-assessment", new { text = "Inget akut skyddsbehov" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        App.Time.Advance(TimeSpan.FromDays(6));
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = true, reasons = "Hemlig bedömning: risk för hemmasittande" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/meeting", new { status = "offered" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await _world.DrainAsync(); // the school learns the status from social services' event
        (await Status()).ShouldBe("assessment-decided");

        App.Time.Advance(TimeSpan.FromDays(7));
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/feedback", new { text = "En utredning har inletts." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await _world.DrainAsync();

        var seenBySchool = await (await school.GetAsync($"/api/v1/school-attendance/reports-of-concern/{report}")).ShouldBeOkJsonAsync();
        seenBySchool.GetProperty("status").GetString().ShouldBe("feedback-given");
        seenBySchool.GetProperty("feedback").GetString().ShouldBe("En utredning har inletts.");
        seenBySchool.GetProperty("meetingStatus").GetString().ShouldBe("offered");
        seenBySchool.GetRawText().ShouldNotContain("Hemlig bedömning");
        seenBySchool.GetRawText().ShouldNotContain("skyddsbehov");

        var deadlines = (await (await social.GetAsync($"/api/v1/social-services/intakes/{intake}")).ShouldBeOkJsonAsync()).GetProperty("deadlines").EnumerateArray()
            .ToDictionary(d => d.GetProperty("kind").GetString()!, d => d.GetProperty("status").GetString());
        deadlines.Keys.ShouldBe(["protection-assessment", "preliminary-assessment", "feedback-to-reporter", "case-worker-assignment"], ignoreOrder: true);
        // Nobody assigned a case worker in this flow: that reminder to the unit manager is still running.
        deadlines.Where(d => d.Key != "case-worker-assignment").Select(d => d.Value).ShouldAllBe(status => status == "Met");
        deadlines["case-worker-assignment"].ShouldBe("Open");

        async Task<string> Status() =>
            (await (await school.GetAsync($"/api/v1/school-attendance/reports-of-concern/{report}")).ShouldBeOkJsonAsync()).GetProperty("status").GetString()!;
    }

    [Test]
    public async Task DeadlineChanges_ArePublishedAsEvents_ThroughTheOutbox()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        await _world.ReportConcernAsync(pupil);
        var intake = await _world.LatestIntakeAsync();
        using var social = App.ClientFor(_world.SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/protection-assessment", new { text = "Inget akut skyddsbehov" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await _world.DrainAsync();

        var published = await TestDatabase.ScalarAsync<string>(
            "SELECT string_agg(type, ',' ORDER BY occurred_at, type) FROM social_services.outbox_messages WHERE processed_at IS NOT NULL AND type LIKE '%Deadline%'");
        published.Split(',').Count(type => type.EndsWith("DeadlineOpened", StringComparison.Ordinal)).ShouldBe(3, "protection, preliminary assessment and case-worker assignment");
        published.Split(',').Count(type => type.EndsWith("DeadlineMet", StringComparison.Ordinal)).ShouldBe(1);
        (await TestDatabase.ScalarAsync<Guid>("SELECT DISTINCT responsible_organisation_id FROM social_services.deadlines")).ShouldBe(_world.OstermalmSocial);
    }

    [Test]
    public async Task PupilLivingInAnotherDistrict_ReportGoesToTheHomeDistrict_NotTheSchools()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20), homeDistrict: "farsta");

        await _world.ReportConcernAsync(pupil);

        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        using var ostermalm = App.ClientFor(_world.SocialWorker);
        var intakes = await (await farsta.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync();
        intakes.GetProperty("items")[0].GetProperty("districtCode").GetString().ShouldBe("farsta");
        (await (await ostermalm.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await ostermalm.GetAsync($"/api/v1/social-services/intakes/{intakes.GetProperty("items")[0].GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ReportFromAnotherSchool_IsInvisibleToThisSchool()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        var report = await _world.ReportConcernAsync(pupil);
        using var otherSchool = App.ClientFor(_world.OtherPrincipal);

        await (await otherSchool.GetAsync($"/api/v1/school-attendance/reports-of-concern/{report}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
