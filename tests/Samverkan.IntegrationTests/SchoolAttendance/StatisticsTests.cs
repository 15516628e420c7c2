using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>District statistics by school, sex and age band, with small counts suppressed.</summary>
public sealed class StatisticsTests : IntegrationTest
{
    private const string Url = "/api/v1/school-attendance/statistics/districts/ostermalm?from=2026-01-01&to=2026-06-30";

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task SixGirlsAndTwoBoys_BoysShownAsLessThanFive_MedianAndShareOverSixDecisions()
    {
        var girls = new List<Guid>();
        for (var day = 1; day <= 6; day++)
        {
            girls.Add(await _world.RegisterPupilAsync(new DateOnly(2012, 1, day)));
        }

        var boys = new[] { await _world.RegisterPupilAsync(new DateOnly(2010, 1, 1), serial: "237"), await _world.RegisterPupilAsync(new DateOnly(2010, 1, 2), serial: "237") };
        foreach (var pupil in girls.Concat(boys))
        {
            await _world.ReportConcernAsync(pupil, drain: false);
        }

        await _world.DrainAsync();
        using var social = App.ClientFor(_world.SocialWorker);
        var intakes = (await (await social.GetAsync("/api/v1/social-services/intakes?pageSize=20")).ShouldBeOkJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        App.Time.Advance(TimeSpan.FromDays(10));
        foreach (var intake in intakes.Take(5))
        {
            await Decide(social, intake);
        }

        App.Time.Advance(TimeSpan.FromDays(10));
        await Decide(social, intakes[5]);

        var stats = await (await social.GetAsync(Url)).ShouldBeOkJsonAsync();

        stats.GetProperty("reports").GetString().ShouldBe("8");
        stats.GetProperty("medianDaysToPreliminaryAssessment").GetDouble().ShouldBe(10);
        stats.GetProperty("shareOfPreliminaryAssessmentsWithin14Days").GetDouble().ShouldBe(0.833);
        var rows = stats.GetProperty("breakdown").EnumerateArray().ToDictionary(r => r.GetProperty("sex").GetString() + "/" + r.GetProperty("ageBand").GetString(), r => r.GetProperty("reports").GetString());
        rows.ShouldBe(new Dictionary<string, string?> { ["female/13-15"] = "6", ["male/16-17"] = "<5" }, ignoreOrder: true);
        stats.GetProperty("breakdown")[0].GetProperty("schoolName").GetString().ShouldBe("Engelbrektsskolan");
    }

    [Test]
    public async Task FewerThanFiveDecisions_ShowNoMedian()
    {
        var pupil = await _world.RegisterPupilAsync(new DateOnly(2012, 1, 1));
        await _world.ReportConcernAsync(pupil);
        using var social = App.ClientFor(_world.SocialWorker);
        await Decide(social, await _world.LatestIntakeAsync());

        var stats = await (await social.GetAsync(Url)).ShouldBeOkJsonAsync();

        stats.GetProperty("reports").GetString().ShouldBe("<5");
        stats.GetProperty("medianDaysToPreliminaryAssessment").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task AnotherDistrictOrASchool_Is403_AndAReversedPeriodIs400()
    {
        using var farsta = App.ClientFor(_world.FarstaSocialWorker);
        using var school = App.ClientFor(_world.Principal);
        using var social = App.ClientFor(_world.SocialWorker);

        await (await farsta.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await school.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await social.GetAsync("/api/v1/school-attendance/statistics/districts/ostermalm?from=2026-06-30&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task Decide(HttpClient social, Guid intake) =>
        (await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = false, reasons = "Ingen utredning" })).StatusCode.ShouldBe(HttpStatusCode.OK);
}
