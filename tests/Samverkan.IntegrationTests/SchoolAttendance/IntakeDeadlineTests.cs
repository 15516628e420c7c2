using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Social services' legal deadlines at their boundaries (SoL 19-20 kap.), through the API.</summary>
public sealed class IntakeDeadlineTests : IntegrationTest
{
    private static readonly DateOnly Child = new(2013, 5, 10);

    private SchoolWorld _world = null!;
    private Guid _pupil;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _pupil = await _world.RegisterPupilAsync(Child);
    }

    [Test]
    public async Task ReportReceivedAt2350_ProtectionAssessmentIsDueTheNextDay()
    {
        SetStockholmTime(2026, 3, 2, 23, 50);

        var intake = await ReportAndGetIntakeAsync();

        Deadline(intake, "protection-assessment").GetProperty("dueDate").GetString().ShouldBe("2026-03-03");
        Deadline(intake, "preliminary-assessment").GetProperty("dueDate").GetString().ShouldBe("2026-03-16");
        intake.GetProperty("receivedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2026, 3, 2, 22, 50, 0, TimeSpan.Zero));
    }

    // After office hours (from 16:00) the assessment falls to the next day.
    [TestCase(15, 59, "2026-03-02")]
    [TestCase(16, 0, "2026-03-03")]
    public async Task ReportAroundTheLateReceiptHour_ProtectionAssessmentDue(int hour, int minute, string due)
    {
        SetStockholmTime(2026, 3, 2, hour, minute);

        var intake = await ReportAndGetIntakeAsync();

        Deadline(intake, "protection-assessment").GetProperty("dueDate").GetString().ShouldBe(due);
    }

    [Test]
    public async Task ReportReceivedInTheMorning_ProtectionAssessmentIsDueTheSameDay_NamingTheRule()
    {
        SetStockholmTime(2026, 3, 2, 10, 0);

        var intake = await ReportAndGetIntakeAsync();

        var deadline = Deadline(intake, "protection-assessment");
        deadline.GetProperty("dueDate").GetString().ShouldBe("2026-03-02");
        deadline.GetProperty("ruleReference").GetString().ShouldBe("20 kap. 1 § SoL (2025:400) [11 kap. 1 a § första st. SoL (2001:453)]");
    }

    [Test]
    public async Task ReportOn31January_PreliminaryAssessmentIsDue14February_StrictlyThoughItIsASaturday()
    {
        SetStockholmTime(2026, 1, 31, 14, 0);

        var intake = await ReportAndGetIntakeAsync();

        var preliminary = Deadline(intake, "preliminary-assessment");
        preliminary.GetProperty("dueDate").GetString().ShouldBe("2026-02-14");
        preliminary.GetProperty("nextWorkingDay").GetString().ShouldBe("2026-02-16");
    }

    [Test]
    public async Task ProtectionAssessmentRecorded_MeetsItsDeadline()
    {
        var intake = await ReportAndGetIntakeAsync();
        using var social = App.ClientFor(_world.SocialWorker);

        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{Id(intake)}/protection-assessment", new { text = "Inget akut skyddsbehov" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        Deadline(await GetIntakeAsync(Id(intake)), "protection-assessment").GetProperty("status").GetString().ShouldBe("Met");
    }

    [Test]
    public async Task PreliminaryExtension_NeedsTheExceptionalReason_ThenMovesTheDate()
    {
        var intake = Id(await ReportAndGetIntakeAsync());
        using var social = App.ClientFor(_world.SocialWorker);

        var noReason = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/preliminary-assessment/extension", new { newDueDate = "2026-03-23", reason = "" });
        var withReason = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/preliminary-assessment/extension", new { newDueDate = "2026-03-23", reason = "Vårdnadshavare nås först efter utlandsvistelse" });

        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("exceptionalReason", out _).ShouldBeTrue();
        withReason.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deadline = Deadline(await GetIntakeAsync(intake), "preliminary-assessment");
        deadline.GetProperty("dueDate").GetString().ShouldBe("2026-03-23");
        deadline.GetProperty("reason").GetString().ShouldBe("Vårdnadshavare nås först efter utlandsvistelse");
    }

    [TestCase(2026, 1, 14, null)]
    [TestCase(2026, 1, 15, "2026-01-22")]
    public async Task FeedbackWithinOneWeek_AppliesToDecisionsFrom15January2026(int year, int month, int day, string? feedbackDue)
    {
        SetStockholmTime(year, month, day, 9, 0);
        var intake = Id(await ReportAndGetIntakeAsync());

        await DecideAsync(intake, openInvestigation: false);

        var deadlines = (await GetIntakeAsync(intake)).GetProperty("deadlines").EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "feedback-to-reporter").ToList();
        if (feedbackDue is null)
        {
            deadlines.ShouldBeEmpty();
        }
        else
        {
            deadlines.Single().GetProperty("dueDate").GetString().ShouldBe(feedbackDue);
            deadlines.Single().GetProperty("ruleReference").GetString()!.ShouldContain("19 kap. 6 §");
        }
    }

    [Test]
    public async Task SchoolAsksForFeedbackAfterAnOldRuleDecision_ItIsDueAtOnce_AndNotBeforeTheDecision()
    {
        SetStockholmTime(2026, 1, 12, 9, 0);
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2011, 2, 3));
        var report = await _world.ReportConcernAsync(pupil);
        var intake = await _world.LatestIntakeAsync();
        using var school = App.ClientFor(_world.Principal);
        (await school.PostAsync($"/api/v1/school-attendance/reports-of-concern/{report}/feedback-request", null)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await DecideAsync(intake, openInvestigation: false);
        await _world.DrainAsync(); // the school learns of the decision from social services' event
        SetStockholmTime(2026, 2, 20, 9, 0);

        (await school.PostAsync($"/api/v1/school-attendance/reports-of-concern/{report}/feedback-request", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await _world.DrainAsync(); // and social services of the request from the school's

        var feedback = Deadline(await GetIntakeAsync(intake), "feedback-to-reporter");
        feedback.GetProperty("dueDate").GetString().ShouldBe("2026-02-20");
        feedback.GetProperty("ruleReference").GetString()!.ShouldContain("14 kap. 1 b §");
    }

    [TestCase(2025, 10, 31, "2026-02-28")]
    [TestCase(2027, 10, 31, "2028-02-29")]
    [TestCase(2026, 3, 2, "2026-07-02")]
    public async Task InvestigationOpened_IsDueFourMonthsLater_OnTheEndMonthsLastDayWhenShorter(int year, int month, int day, string due)
    {
        SetStockholmTime(year, month, day, 9, 0);
        var intake = Id(await ReportAndGetIntakeAsync());

        var investigation = await DecideAsync(intake, openInvestigation: true);

        var dto = await GetInvestigationAsync(investigation);
        dto.GetProperty("dueDate").GetString().ShouldBe(due);
        dto.GetProperty("includesSchooling").GetBoolean().ShouldBeTrue();
        Deadline(dto, "investigation").GetProperty("dueDate").GetString().ShouldBe(due);
    }

    [Test]
    public async Task InvestigationExtension_ByDecisionWithReason_ThenCompletionMeetsIt()
    {
        var investigation = await DecideAsync(Id(await ReportAndGetIntakeAsync()), openInvestigation: true);
        using var social = App.ClientFor(_world.SocialWorker);

        (await social.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/extension", new { newDueDate = "2026-09-02", reason = "Särskilda skäl: BUP-utredning pågår" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await social.PostAsync($"/api/v1/social-services/investigations/{investigation}/completion", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var dto = await GetInvestigationAsync(investigation);
        dto.GetProperty("dueDate").GetString().ShouldBe("2026-09-02");
        Deadline(dto, "investigation").GetProperty("status").GetString().ShouldBe("Met");
    }

    [Test]
    public async Task ReportWhileAnInvestigationIsOpen_IsJoinedToIt_WithoutPreliminaryAssessment()
    {
        var investigation = await DecideAsync(Id(await ReportAndGetIntakeAsync()), openInvestigation: true);
        App.Time.Advance(TimeSpan.FromDays(3));

        await _world.ReportConcernAsync(_pupil);
        var second = await GetIntakeAsync(await _world.LatestIntakeAsync());

        second.GetProperty("joinedInvestigationId").GetGuid().ShouldBe(investigation);
        second.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ShouldBe(["protection-assessment", "case-worker-assignment"], ignoreOrder: true);
        using var social = App.ClientFor(_world.SocialWorker);
        var decision = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{Id(second)}/decision", new { openInvestigation = true, reasons = "x" });
        (await decision.ShouldBreakRuleAsync()).ShouldContain("20 kap. 2 § SoL");
    }

    [Test]
    public async Task AnotherDistrict_NeitherSeesNorActsOnTheIntake()
    {
        var intake = Id(await ReportAndGetIntakeAsync());
        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        using var school = App.ClientFor(_world.Principal);

        await (await farsta.GetAsync($"/api/v1/social-services/intakes/{intake}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await farsta.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = true, reasons = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await farsta.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await school.GetAsync($"/api/v1/social-services/intakes/{intake}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Meeting_IsOfferedBeforeItIsAcceptedOrDeclined()
    {
        var intake = Id(await ReportAndGetIntakeAsync());
        using var social = App.ClientFor(_world.SocialWorker);

        var acceptedFirst = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/meeting", new { status = "accepted" });
        var unknown = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/meeting", new { status = "maybe" });
        var offered = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/meeting", new { status = "offered" });
        var accepted = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/meeting", new { status = "accepted" });

        await acceptedFirst.ShouldBreakRuleAsync();
        await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        offered.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetIntakeAsync(intake)).GetProperty("meetingStatus").GetString().ShouldBe("accepted");
    }

    private void SetStockholmTime(int year, int month, int day, int hour, int minute)
    {
        var winter = month is < 4 or > 10;
        App.Time.Set(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(winter ? 1 : 2)));
    }

    private async Task<JsonElement> ReportAndGetIntakeAsync()
    {
        await _world.ReportConcernAsync(_pupil);
        return await GetIntakeAsync(await _world.LatestIntakeAsync());
    }

    private async Task<JsonElement> GetIntakeAsync(Guid intake)
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return await (await social.GetAsync($"/api/v1/social-services/intakes/{intake}")).ShouldBeOkJsonAsync();
    }

    private async Task<JsonElement> GetInvestigationAsync(Guid investigation)
    {
        using var social = App.ClientFor(_world.SocialWorker);
        return await (await social.GetAsync($"/api/v1/social-services/investigations/{investigation}")).ShouldBeOkJsonAsync();
    }

    private async Task<Guid> DecideAsync(Guid intake, bool openInvestigation)
    {
        using var social = App.ClientFor(_world.SocialWorker);
        var decision = await (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation, reasons = "Oro för skolgången" })).ShouldBeOkJsonAsync();
        return openInvestigation ? decision.GetProperty("investigationId").GetGuid() : Guid.Empty;
    }

    private static Guid Id(JsonElement dto) => dto.GetProperty("id").GetGuid();

    private static JsonElement Deadline(JsonElement dto, string kind) =>
        dto.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == kind);
}
