using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>An organiser's escalation ladder as configuration; thresholds at their boundary. Today is 2026-03-02.</summary>
public sealed class AbsenceLadderTests : IntegrationTest
{
    private SchoolWorld _world = null!;
    private Guid _pupil;

    [SetUp]
    public async Task ConfigureLadder()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        using var organiser = App.ClientFor(_world.Organiser);
        var response = await organiser.PutAsJsonAsync($"/api/v1/school-attendance/organisers/{_world.CityOrganiser}/absence-ladder", ifMatch: null, body: new
        {
            steps = new object[]
            {
                new { name = "Vårdnadshavare informeras", measure = "unexcused", thresholdPercent = 0.1m, dueWithinDays = 0, ruleReference = "7 kap. 17 § skollagen (2010:800)" },
                new { name = "Rektors utredning", measure = "total", thresholdPercent = 15m, dueWithinDays = 21, ruleReference = "7 kap. 19 a § skollagen (2010:800)" },
                new { name = "Orosanmälan övervägs", measure = "total", thresholdPercent = 30m, dueWithinDays = 5 },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task JustBelowTheThreshold_OpensNoStep_AtTheThreshold_OpensItWithDueDateDeadlineAndEvent()
    {
        var below = await Record(excused: 149, unexcused: 0);
        var at = await Record(excused: 150, unexcused: 0);

        below.GetProperty("stepsReached").GetArrayLength().ShouldBe(0);
        var step = at.GetProperty("stepsReached").EnumerateArray().Single();
        step.GetProperty("name").GetString().ShouldBe("Rektors utredning");
        step.GetProperty("dueDate").GetString().ShouldBe("2026-03-23");
        (await TestDatabase.ScalarAsync<string>("SELECT rule_reference FROM school_attendance.deadlines WHERE kind = 'absence-step' AND subject_id = $1", step.GetProperty("id").GetGuid()))
            .ShouldBe("7 kap. 19 a § skollagen (2010:800)");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.outbox_messages WHERE type LIKE '%AbsenceStepReached'")).ShouldBe(1);
    }

    [Test]
    public async Task AStepsDeadline_IsFiledUnderTheSchoolsDistrict_NotThePupilsHomeDistrict()
    {
        _pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 5, 4), serial: "247", homeDistrict: "farsta");

        var step = (await Record(excused: 150, unexcused: 0)).GetProperty("stepsReached").EnumerateArray().Single();

        (await TestDatabase.ScalarAsync<string>("SELECT district_code FROM school_attendance.deadlines WHERE kind = 'absence-step' AND subject_id = $1", step.GetProperty("id").GetGuid()))
            .ShouldBe("ostermalm");
    }

    [Test]
    public async Task AStepReachedThisHalfYear_IsNotOpenedAgain_ButAHigherOneIs()
    {
        await Record(excused: 150, unexcused: 0);

        var again = await Record(excused: 200, unexcused: 0);
        var higher = await Record(excused: 300, unexcused: 0);

        again.GetProperty("stepsReached").GetArrayLength().ShouldBe(0);
        higher.GetProperty("stepsReached").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Orosanmälan övervägs"]);
    }

    [Test]
    public async Task UnexcusedAbsence_GuardiansToldTheSameDay_CompletingMeetsTheDeadline()
    {
        var step = (await Record(excused: 0, unexcused: 40)).GetProperty("stepsReached").EnumerateArray().Single();
        step.GetProperty("dueDate").GetString().ShouldBe("2026-03-02");
        using var principal = App.ClientFor(_world.Principal);

        (await principal.PostAsync($"/api/v1/school-attendance/absence-steps/{step.GetProperty("id").GetGuid()}/completion", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await TestDatabase.ScalarAsync<string>("SELECT status FROM school_attendance.deadlines WHERE subject_id = $1", step.GetProperty("id").GetGuid())).ShouldBe("Met");
        var steps = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/absence-steps")).ShouldBeOkJsonAsync();
        steps[0].GetProperty("completedOn").GetString().ShouldBe("2026-03-02");
    }

    [Test]
    public async Task ThePupilsSteps_AreReadByItsSchoolAndOrganiser_WithAnAuditRowEach_AnotherSchoolGets404AndLeavesNone()
    {
        await Record(excused: 0, unexcused: 40);
        using var principal = App.ClientFor(_world.Principal);
        using var organiser = App.ClientFor(_world.Organiser);
        using var other = App.ClientFor(_world.OtherPrincipal);
        const string Audited = "SELECT count(*) FROM school_attendance.audit_entries WHERE subject_id = $1 AND operation = 'absence-steps-read'";

        await (await other.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/absence-steps")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{Guid.NewGuid()}/absence-steps")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>(Audited, _pupil)).ShouldBe(0);

        var bySchool = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/absence-steps")).ShouldBeOkJsonAsync();
        var byOrganiser = await (await organiser.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/absence-steps")).ShouldBeOkJsonAsync();

        bySchool.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Vårdnadshavare informeras"]);
        byOrganiser.GetRawText().ShouldBe(bySchool.GetRawText());
        (await TestDatabase.ScalarAsync<long>(Audited, _pupil)).ShouldBe(2);
    }

    [Test]
    public async Task OnlyTheOrganiser_ConfiguresItsLadder_AndBadStepsAre400()
    {
        using var principal = App.ClientFor(_world.Principal);
        using var organiser = App.ClientFor(_world.Organiser);

        var ladder = $"/api/v1/school-attendance/organisers/{_world.CityOrganiser}/absence-ladder";
        var tag = await organiser.ETagOfAsync(ladder);
        var byPrincipal = await principal.PutAsJsonAsync(ladder, new { steps = new[] { new { name = "x", measure = "total", thresholdPercent = 10m, dueWithinDays = 1 } } }, tag);
        var badMeasure = await organiser.PutAsJsonAsync(ladder, new { steps = new[] { new { name = "x", measure = "lessons", thresholdPercent = 110m, dueWithinDays = 1 } } }, tag);

        await byPrincipal.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var errors = (await badMeasure.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.TryGetProperty("steps[0].measure", out _).ShouldBeTrue(errors.GetRawText());
        errors.TryGetProperty("steps[0].thresholdPercent", out _).ShouldBeTrue(errors.GetRawText());
    }

    [Test]
    public async Task ALadderOfMoreThanTenSteps_Is400NamingSteps_AndTheLadderStaysAsItWas()
    {
        using var organiser = App.ClientFor(_world.Organiser);
        var steps = Enumerable.Range(1, 11).Select(n => new { name = $"Steg {n}", measure = "total", thresholdPercent = n * 5m, dueWithinDays = 7 });

        var ladder = $"/api/v1/school-attendance/organisers/{_world.CityOrganiser}/absence-ladder";
        var response = await organiser.PutAfterReadingAsync(ladder, ladder, new { steps });

        var errors = (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("steps")[0].GetString()!.ShouldContain("at most 10");
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.absence_ladder_steps")).ShouldBe(3);
    }

    [Test]
    public async Task AnotherSchool_CannotRecordAbsence()
    {
        using var other = App.ClientFor(_world.OtherPrincipal);
        var response = await other.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{_pupil}/absence-periods", new { fromDate = "2026-02-16", toDate = "2026-02-27", scheduledMinutes = 1000, excusedMinutes = 0, unexcusedMinutes = 0 });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> Record(int excused, int unexcused)
    {
        using var principal = App.ClientFor(_world.Principal);
        var response = await principal.PostAsJsonAsync(
            $"/api/v1/school-attendance/pupils/{_pupil}/absence-periods", new { fromDate = "2026-02-16", toDate = "2026-02-27", scheduledMinutes = 1000, excusedMinutes = excused, unexcusedMinutes = unexcused });
        return await response.ShouldBeOkJsonAsync();
    }
}
