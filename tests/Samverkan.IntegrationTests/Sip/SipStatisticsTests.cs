using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Sip;

/// <summary>SIP statistics on a known data set: counts by proposer kind and sex, those under five shown as "&lt;5".</summary>
public sealed class SipStatisticsTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task Six_proposals_by_the_school_and_one_by_social_services_show_small_counts_as_under_five()
    {
        var plans = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            plans.Add(await _world.ProposeAsync());
        }

        await _world.ProposeAsync(_world.SocialWorker);
        using var social = App.ClientFor(_world.SocialWorker);
        (await social.PostAsJsonAsync($"/api/v1/sip/plans/{plans[0]}/judgement", new { needed = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await App.ClientFor(_world.FarstaSocialWorker).PostAsJsonAsync("/api/v1/sip/plans", new
        {
            districtCode = "farsta", childName = "Noah Berg", childBirthDate = "2012-01-05", childSex = "male", reason = "Annat distrikt",
        });

        var stats = await (await social.GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31")).ShouldBeOkJsonAsync();

        stats.GetProperty("proposed").GetString().ShouldBe("7");
        stats.GetProperty("judgedNeeded").GetString().ShouldBe("<5");
        stats.GetProperty("agreed").GetString().ShouldBe("0");
        var rows = stats.GetProperty("breakdown").EnumerateArray().ToDictionary(r => r.GetProperty("proposedByKind").GetString()!, r => r.GetProperty("proposed").GetString());
        rows.ShouldBe(new Dictionary<string, string?> { ["school"] = "6", ["social-services"] = "<5" }, ignoreOrder: true);
    }

    [Test]
    public async Task Another_district_and_a_school_may_not_read_them()
    {
        (await App.ClientFor(_world.FarstaSocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.ClientFor(_world.Principal).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_share_of_measures_delivered_on_time_and_absence_from_meetings_per_organisation_kind()
    {
        var plan = await _world.PlanInPreparationAsync(withDraft: false);
        var measures = Enumerable.Range(1, 6).Select(i => (object)new
        {
            description = $"Insats {i}", responsibleOrganisationId = _world.OstermalmSocial, responsiblePerson = "Eva Lund", startDate = "2026-03-09", dueDate = "2026-04-10", status = "planned",
        }).ToArray();
        (await _world.PutMeasuresAsync(_world.SocialWorker, plan, measures)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.ApproveAsync(_world.SocialWorker, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _world.ApproveAsync(_world.Clinician, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ids = (await _world.GetAsync(_world.SocialWorker, plan)).GetProperty("content").GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToList();
        for (var i = 0; i < 5; i++)
        {
            var end = i < 4 ? "2026-04-05" : "2026-04-20";
            (await _world.PostAsync(_world.SocialWorker, plan, $"measures/{ids[i]}/progress", new { status = "delivered", actualStartDate = "2026-03-09", actualEndDate = end }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var called = await _world.PostAsync(_world.SocialWorker, plan, "meetings", new
        {
            date = "2026-03-16", startsAt = "09:00", endsAt = "10:00", form = "in-person", place = "Rum 3", question = "Vem gör vad?",
            calls = new[] { new { organisationId = _world.Bup, question = "BUP:s stöd?" }, new { organisationId = _world.School, question = "Skolans stöd?" } },
        });
        var meeting = await called.Content.ReadFromJsonAsync<Guid>();
        (await _world.PostAsync(_world.Clinician, plan, $"meetings/{meeting}/answer", new { attending = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _world.PostAsync(_world.Principal, plan, $"meetings/{meeting}/answer", new { attending = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stats = await (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-06-30")).ShouldBeOkJsonAsync();

        stats.GetProperty("measuresDue").GetString().ShouldBe("6");
        stats.GetProperty("measuresDeliveredOnTime").GetString().ShouldBe("<5");
        stats.GetProperty("shareDeliveredOnTime").GetDecimal().ShouldBe(0.67m);
        var absence = stats.GetProperty("meetingAbsence").EnumerateArray()
            .ToDictionary(r => r.GetProperty("organisationKind").GetString()!, r => (r.GetProperty("called").GetString(), r.GetProperty("absent").GetString()));
        absence.ShouldBe(new Dictionary<string, (string?, string?)> { ["bup"] = ("<5", "<5"), ["school"] = ("<5", "0") }, ignoreOrder: true);

        // Fewer than five measures due: no share at all.
        var early = await (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31")).ShouldBeOkJsonAsync();
        early.GetProperty("measuresDue").GetString().ShouldBe("0");
        early.GetProperty("shareDeliveredOnTime").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }
}

/// <summary>Statistics by age band and sex, lead times from proposal to first meeting to agreement, and follow-ups held on time, on a known data set.</summary>
public sealed class SipLeadTimeStatisticsTests : IntegrationTest
{
    private SipWorld _world = null!;

    [SetUp]
    public async Task CreateWorld() => _world = await SipWorld.CreateAsync(App);

    [Test]
    public async Task Five_agreed_plans_give_median_lead_times_age_bands_by_sex_and_follow_ups_held_on_time()
    {
        // Five plans for a girl of 11 proposed on 2 March, first meetings 3, 4, 7, 8 and 14 days later, all agreed on 20 March.
        var plans = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            plans.Add(await _world.PlanInPreparationAsync());
        }

        string[] firstMeetings = ["2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-16"];
        for (var i = 0; i < 5; i++)
        {
            (await _world.PostAsync(_world.SocialWorker, plans[i], "first-meeting", new { heldOn = firstMeetings[i] })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        App.Time.Set(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(1)));
        foreach (var plan in plans)
        {
            (await _world.ApproveAsync(_world.SocialWorker, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await _world.ApproveAsync(_world.Clinician, plan)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Four of the five follow-ups (due 4 May) held on time; a boy of 4 proposed too.
        foreach (var plan in plans.Take(4))
        {
            (await _world.PostAsync(_world.SocialWorker, plan, "follow-ups", new { heldOn = "2026-03-20" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await App.ClientFor(_world.Principal).PostAsJsonAsync("/api/v1/sip/plans", new
        {
            districtCode = "ostermalm", childName = "Melvin Ek", childBirthDate = "2022-01-10", childSex = "male", reason = "Förskolan ser stora behov",
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var stats = await (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-06-30")).ShouldBeOkJsonAsync();

        stats.GetProperty("ageBandSource").GetString()!.ShouldContain("Lokalt val");
        var rows = stats.GetProperty("byAgeBandAndSex").EnumerateArray()
            .Select(r => (r.GetProperty("ageBand").GetString(), r.GetProperty("sex").GetString(), r.GetProperty("proposed").GetString(), r.GetProperty("agreed").GetString())).ToList();
        rows.ShouldBe([("0-5", "male", "<5", "0"), ("6-12", "female", "5", "5")]);
        var lead = stats.GetProperty("leadTimes");
        lead.GetProperty("toFirstMeeting").GetString().ShouldBe("5");
        lead.GetProperty("medianDaysToFirstMeeting").GetDecimal().ShouldBe(7m);
        lead.GetProperty("medianDaysFirstMeetingToAgreed").GetDecimal().ShouldBe(11m);
        var followUps = stats.GetProperty("followUps");
        (followUps.GetProperty("due").GetString(), followUps.GetProperty("heldOnTime").GetString()).ShouldBe(("5", "<5"));
        followUps.GetProperty("shareHeldOnTime").GetDecimal().ShouldBe(0.8m);

        // Before the follow-ups fall due nothing is due; a district with no plans shows no median.
        var early = await (await App.ClientFor(_world.SocialWorker).GetAsync("/api/v1/sip/statistics/districts/ostermalm?from=2026-01-01&to=2026-03-31")).ShouldBeOkJsonAsync();
        early.GetProperty("followUps").GetProperty("due").GetString().ShouldBe("0");
        early.GetProperty("followUps").GetProperty("shareHeldOnTime").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var farsta = await (await App.ClientFor(_world.FarstaSocialWorker).GetAsync("/api/v1/sip/statistics/districts/farsta?from=2026-01-01&to=2026-06-30")).ShouldBeOkJsonAsync();
        farsta.GetProperty("leadTimes").GetProperty("medianDaysToFirstMeeting").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }
}
