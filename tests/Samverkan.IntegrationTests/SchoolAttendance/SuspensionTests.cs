using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.SchoolAttendance;

/// <summary>Skollagen 5 kap. limits at their boundaries, through the API with real tokens. Today is 2026-03-02.</summary>
public sealed class SuspensionTests : IntegrationTest
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateOnly Child = new(2013, 5, 10);
    private static readonly DateOnly SeventeenYearOld = new(2008, 9, 1);

    private SchoolWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SchoolWorld.CreateAsync(App);

    [Test]
    public async Task Compulsory_SevenDays_IsDecided_AndListed()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        (await Suspend(_world.Principal, pupil, Today, Today.AddDays(6))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var principal = App.ClientFor(_world.Principal);
        var list = await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{pupil}/suspensions")).ShouldBeOkJsonAsync();
        list.GetArrayLength().ShouldBe(1);
        list[0].GetProperty("days").GetInt32().ShouldBe(7);
        list[0].GetProperty("socialServicesInformed").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task Compulsory_EighthDay_IsRejected_NamingTheParagraph()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        var rule = await (await Suspend(_world.Principal, pupil, Today, Today.AddDays(7))).ShouldBreakRuleAsync();

        rule.ShouldBe("5 kap. 14 § skollagen (2010:800)");
    }

    [Test]
    public async Task Compulsory_ThirdSuspensionInHalfYear_IsRejected_ButAllowedInTheNextHalfYear()
    {
        var pupil = await _world.RegisterPupilAsync(Child);
        (await Suspend(_world.Principal, pupil, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Suspend(_world.Principal, pupil, new DateOnly(2026, 6, 29), new DateOnly(2026, 6, 30))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var third = await Suspend(_world.Principal, pupil, new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30));
        var nextHalfYear = await Suspend(_world.Principal, pupil, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2));

        (await third.ShouldBreakRuleAsync()).ShouldBe("5 kap. 14 § skollagen (2010:800)");
        nextHalfYear.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task Compulsory_TwoSuspensionsDecidedAtOnce_OnlyOneCanBeTheSecondOfTheHalfYear()
    {
        var pupil = await _world.RegisterPupilAsync(Child);
        (await Suspend(_world.Principal, pupil, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var both = await Task.WhenAll(
            Suspend(_world.Principal, pupil, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 10)),
            Suspend(_world.Principal, pupil, new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 17)));

        both.Select(r => r.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity]);
    }

    [Test]
    public async Task Compulsory_OnlyThePrincipalDecides()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        var byCounsellor = await Suspend(_world.Counsellor, pupil, Today, Today);
        var byOrganiser = await Suspend(_world.Organiser, pupil, Today, Today);

        (await byCounsellor.ShouldBreakRuleAsync()).ShouldContain("5 kap. 14 och 17 §§");
        (await byOrganiser.ShouldBreakRuleAsync()).ShouldContain("5 kap. 14 och 17 §§");
    }

    [Test]
    public async Task ATeacher_MayNotDecideASuspension_AndNothingIsRecorded()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        var byTeacher = await Suspend(_world.Teacher, pupil, Today, Today);

        await byTeacher.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var principal = App.ClientFor(_world.Principal);
        (await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{pupil}/suspensions")).ShouldBeOkJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Compulsory_WithoutHearingOrCompensatoryTeaching_IsRejected()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        var noHearing = await Suspend(_world.Principal, pupil, Today, Today, heard: false);
        var hearingAfterDecision = await Suspend(_world.Principal, pupil, Today, Today, hearingOn: Today.AddDays(1));
        var noTeaching = await Suspend(_world.Principal, pupil, Today, Today, compensatoryTeaching: null);

        (await noHearing.ShouldBreakRuleAsync()).ShouldContain("5 kap. 23 §");
        (await hearingAfterDecision.ShouldBreakRuleAsync()).ShouldContain("5 kap. 23 §");
        (await noTeaching.ShouldBreakRuleAsync()).ShouldContain("5 kap. 15 §");
    }

    [Test]
    public async Task EndBeforeStart_IsA400NamingTheField()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        var problem = await (await Suspend(_world.Principal, pupil, Today, Today.AddDays(-1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty("endDate", out _).ShouldBeTrue();
    }

    [Test]
    public async Task AnotherSchool_CannotSeeOrSuspendThePupil()
    {
        var pupil = await _world.RegisterPupilAsync(Child);

        (await Suspend(_world.OtherPrincipal, pupil, Today, Today)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var other = App.ClientFor(_world.OtherPrincipal);
        (await other.GetAsync($"/api/v1/school-attendance/pupils/{pupil}/suspensions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task UpperSecondary_PrincipalTwoWeeksPerHalfYear_FifteenthDayIsRejected()
    {
        var pupil = await _world.RegisterPupilAsync(SeventeenYearOld, "upper-secondary");
        (await Suspend(_world.Principal, pupil, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 11))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var fifteenth = await Suspend(_world.Principal, pupil, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 5));
        var fourteenth = await Suspend(_world.Principal, pupil, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 4));

        (await fifteenth.ShouldBreakRuleAsync()).ShouldBe("5 kap. 17 § skollagen (2010:800)");
        fourteenth.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task UpperSecondary_OrganiserBeyondTwoWeeks_UnderEighteen_NeedsSocialServicesConsulted()
    {
        var pupil = await _world.RegisterPupilAsync(SeventeenYearOld, "upper-secondary");

        var unconsulted = await Suspend(_world.Organiser, pupil, Today, Today.AddDays(20));
        var consulted = await Suspend(_world.Organiser, pupil, Today, Today.AddDays(20), consulted: Today.AddDays(-1));

        (await unconsulted.ShouldBreakRuleAsync()).ShouldBe("5 kap. 20 § skollagen (2010:800)");
        consulted.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task UpperSecondary_Organiser_NeverBeyondRestOfHalfYearPlusThreeMore()
    {
        // Decided 2026-03-02: the rest of spring 2026, then autumn 2026, spring 2027 and autumn 2027.
        var pupil = await _world.RegisterPupilAsync(SeventeenYearOld, "upper-secondary");

        var beyond = await Suspend(_world.Organiser, pupil, Today, new DateOnly(2028, 1, 1), consulted: Today);
        var lastDay = await Suspend(_world.Organiser, pupil, Today, new DateOnly(2027, 12, 31), consulted: Today);

        (await beyond.ShouldBreakRuleAsync()).ShouldBe("5 kap. 19 § skollagen (2010:800)");
        lastDay.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Test]
    public async Task PupilTurningEighteenDuringTheSuspension_IsStillReportedToSocialServices()
    {
        // Under 18 on the decision date (2026-03-02) counts, though the pupil turns 18 on day three.
        var turnsEighteen = await _world.RegisterPupilAsync(new DateOnly(2008, 3, 4), "upper-secondary");
        (await Suspend(_world.Principal, turnsEighteen, Today, Today.AddDays(4))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await _world.DrainAsync();

        using var social = App.ClientFor(_world.SocialWorker);
        var intakes = await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync();
        intakes.GetProperty("items").GetArrayLength().ShouldBe(1);
        intakes.GetProperty("items")[0].GetProperty("source").GetString().ShouldBe("suspension-notice");
    }

    [Test]
    public async Task PupilEighteenOnTheDecisionDate_IsNotReportedToSocialServices()
    {
        var adult = await _world.RegisterPupilAsync(new DateOnly(2008, 3, 2), "upper-secondary");
        (await Suspend(_world.Principal, adult, Today, Today.AddDays(4))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await _world.DrainAsync();

        using var social = App.ClientFor(_world.SocialWorker);
        var intakes = await (await social.GetAsync("/api/v1/social-services/intakes")).ShouldBeOkJsonAsync();
        intakes.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    private async Task<HttpResponseMessage> Suspend(
        TestUser user, Guid pupil, DateOnly start, DateOnly end, bool heard = true, DateOnly? hearingOn = null, string? compensatoryTeaching = "Skolarbete hemma med lärarstöd", DateOnly? consulted = null)
    {
        using var client = App.ClientFor(user);
        return await client.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{pupil}/suspensions", new
        {
            startDate = start,
            endDate = end,
            reason = "Hot mot annan elev",
            hearingHeldOn = heard ? hearingOn ?? Today : (DateOnly?)null,
            compensatoryTeaching,
            socialServicesConsultedOn = consulted,
        });
    }
}
