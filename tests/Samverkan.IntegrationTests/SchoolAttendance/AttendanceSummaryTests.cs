using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>A term's absence added up for the pupil's school. Today is 2026-03-02, so the term is January-June 2026.</summary>
public sealed class AttendanceSummaryTests : IntegrationTest
{
    private SchoolWorld _world = null!;
    private Guid _pupil;

    [SetUp]
    public async Task RegisterPupilWithLadder()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        using var organiser = App.ClientFor(_world.Organiser);
        var ladder = await organiser.PutAsJsonAsync($"/api/v1/school-attendance/organisers/{_world.CityOrganiser}/absence-ladder", ifMatch: null, body: new
        {
            steps = new object[] { new { name = "Rektors utredning", measure = "total", thresholdPercent = 15m, dueWithinDays = 21 } },
        });
        ladder.StatusCode.ShouldBe(HttpStatusCode.NoContent, await ladder.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TheTermsPeriods_AreAddedUp_WithSharesAndTheStepReached_AndLastTermsAreNot()
    {
        await Record("2025-12-01", "2025-12-12", scheduled: 1000, excused: 500, unexcused: 500);
        await Record("2026-02-02", "2026-02-13", scheduled: 1000, excused: 100, unexcused: 50);
        await Record("2026-02-16", "2026-02-27", scheduled: 3000, excused: 200, unexcused: 150);
        using var principal = App.ClientFor(_world.Principal);

        var summary = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/attendance-summary")).ShouldBeOkJsonAsync();

        summary.GetProperty("termStart").GetString().ShouldBe("2026-01-01");
        summary.GetProperty("termEnd").GetString().ShouldBe("2026-06-30");
        summary.GetProperty("periods").GetInt32().ShouldBe(2);
        summary.GetProperty("scheduledMinutes").GetInt64().ShouldBe(4000);
        summary.GetProperty("excusedMinutes").GetInt64().ShouldBe(300);
        summary.GetProperty("unexcusedMinutes").GetInt64().ShouldBe(200);
        summary.GetProperty("totalPercent").GetDecimal().ShouldBe(12.5m);
        summary.GetProperty("unexcusedPercent").GetDecimal().ShouldBe(5.0m);
        summary.GetProperty("recordedThrough").GetString().ShouldBe("2026-02-27");
        // The December period was recorded today, so its step was reached in this term (AbsenceStep.Reached).
        summary.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Rektors utredning"]);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.audit_entries WHERE subject_id = $1 AND operation = 'attendance-summary-read'", _pupil)).ShouldBe(1);
    }

    [Test]
    public async Task AnEarlierTerm_IsChosenByADateInIt_AndATermWithNothingRecordedIsZero()
    {
        await Record("2025-12-01", "2025-12-12", scheduled: 1000, excused: 100, unexcused: 0);
        using var principal = App.ClientFor(_world.Principal);

        var autumn = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/attendance-summary?inTermOf=2025-09-15")).ShouldBeOkJsonAsync();
        var spring = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/attendance-summary")).ShouldBeOkJsonAsync();

        autumn.GetProperty("termStart").GetString().ShouldBe("2025-07-01");
        autumn.GetProperty("totalPercent").GetDecimal().ShouldBe(10.0m);
        spring.GetProperty("periods").GetInt32().ShouldBe(0);
        spring.GetProperty("totalPercent").GetDecimal().ShouldBe(0m);
        spring.GetProperty("recordedThrough").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task AnotherSchool_AndAnUnknownPupil_Get404_AuditingNothing_AndABadDateIs400NamingIt()
    {
        using var other = App.ClientFor(_world.OtherPrincipal);
        using var principal = App.ClientFor(_world.Principal);

        await (await other.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/attendance-summary")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{Guid.NewGuid()}/attendance-summary")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.audit_entries WHERE operation = 'attendance-summary-read'")).ShouldBe(0);
        var bad = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/attendance-summary?inTermOf=1066-10-14")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetRawText().ShouldContain("inTermOf");
    }

    private async Task Record(string from, string to, int scheduled, int excused, int unexcused)
    {
        using var principal = App.ClientFor(_world.Principal);
        var response = await principal.PostAsJsonAsync(
            $"/api/v1/school-attendance/pupils/{_pupil}/absence-periods", new { fromDate = from, toDate = to, scheduledMinutes = scheduled, excusedMinutes = excused, unexcusedMinutes = unexcused });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
