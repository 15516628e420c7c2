using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Concurrency;

/// <summary>
/// Every create or decide endpoint that checks before it acts, hit by identical requests at the same moment,
/// each on its own connection: exactly one record is made, the others are told 409, 412 or 422 (never 5xx).
/// Guarded by the aggregate's version (docs/adr/0010) and by a unique index for each "at most one" rule.
/// </summary>
public sealed class IdenticalRequestsAtOnceTests : IntegrationTest
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Conflict, HttpStatusCode.PreconditionFailed, HttpStatusCode.UnprocessableEntity];

    public static IEnumerable<string> Endpoints =>
    [
        "intake decision", "decision not to investigate", "protection assessment", "forum membership", "forum invitation", "suspension",
        "pupil registration", "district registration", "agreement registration", "first contact person", "investigation completion",
    ];

    [TestCaseSource(nameof(Endpoints))]
    public async Task IdenticalRequestsAtOnce_MakeOneRecord_AndTheOthersAreRefused(string endpoint)
    {
        var (send, records, copies) = await ArrangeAsync(endpoint);

        var responses = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => send()));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        var bodies = string.Join("\n", await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        statuses.Count(s => (int)s < 300).ShouldBe(1, bodies);
        statuses.Where(s => (int)s >= 300).ShouldAllBe(s => Refusals.Contains(s), bodies);
        (await records()).ShouldBe(1, bodies);
    }

    /// <summary>Periods crossing the ladder's first two steps, recorded at once: each is kept, the steps are reached once.</summary>
    [Test]
    public async Task AbsencePeriodsAtOnce_ReachEachStepOnce()
    {
        var world = await SchoolWorld.CreateAsync(App);
        var pupil = await world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
        using (var organiser = App.ClientFor(world.Organiser))
        {
            var ladder = await organiser.PutAsJsonAsync($"/api/v1/school-attendance/organisers/{world.CityOrganiser}/absence-ladder", new
            {
                steps = new object[]
                {
                    new { name = "Vårdnadshavare informeras", measure = "unexcused", thresholdPercent = 0.1m, dueWithinDays = 0 },
                    new { name = "Rektors utredning", measure = "total", thresholdPercent = 15m, dueWithinDays = 21 },
                },
            }, ifMatch: null);
            ladder.StatusCode.ShouldBe(HttpStatusCode.NoContent, await ladder.Content.ReadAsStringAsync());
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var principal = App.ClientFor(world.Principal);
            return await principal.PostAsJsonAsync($"/api/v1/school-attendance/pupils/{pupil}/absence-periods",
                new { fromDate = "2026-02-16", toDate = "2026-02-27", scheduledMinutes = 1000, excusedMinutes = 100, unexcusedMinutes = 100 });
        }));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.absence_periods")).ShouldBe(8);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.absence_steps")).ShouldBe(2);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM school_attendance.deadlines WHERE kind = 'absence-step'")).ShouldBe(2);
    }

    /// <summary>A counter is raised in SQL: follow-ups recorded at the same moment are each counted.</summary>
    [Test]
    public async Task FollowUpsAtOnce_AreAllCounted()
    {
        var world = await SchoolWorld.CreateAsync(App);
        var investigation = await world.OpenInvestigationAsync(await world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
        using var social = App.ClientFor(world.SocialWorker);
        var started = await social.PostAsJsonAsync($"/api/v1/social-services/investigations/{investigation}/interventions",
            new { kind = "skolfam", consentGivenBy = "Båda vårdnadshavarna", consentGivenOn = "2026-03-02", startedOn = "2026-03-02" });
        var intervention = await started.Content.ReadFromJsonAsync<Guid>();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var client = App.ClientFor(world.SocialWorker);
            return await client.PostAsJsonAsync($"/api/v1/social-services/interventions/{intervention}/follow-ups", new { heldOn = "2026-03-02" });
        }));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NoContent || r.StatusCode == HttpStatusCode.Conflict);
        var recorded = responses.Count(r => r.StatusCode == HttpStatusCode.NoContent);
        recorded.ShouldBeGreaterThan(0);
        var held = (await world.GetInvestigationAsync(investigation)).GetProperty("interventions")[0].GetProperty("followUpsHeld").GetInt32();
        held.ShouldBe(recorded);
        (await TestDatabase.ScalarAsync<long>("SELECT count(*) FROM social_services.deadlines WHERE kind = 'intervention-follow-up' AND status = 'Open'")).ShouldBe(1);
    }

    /// <summary>
    /// A school asking for feedback opens the feedback deadline when none runs (a decision under the old rule):
    /// asked twenty times at once, one deadline runs, guarded by the one-current-deadline index.
    /// </summary>
    [Test]
    public async Task FeedbackAskedForAtOnce_OpensOneDeadline()
    {
        App.Time.Set(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(1)));
        var world = await SchoolWorld.CreateAsync(App);
        var report = await world.ReportConcernAsync(await world.RegisterPupilAsync(new DateOnly(2011, 2, 3)));
        var intake = await world.LatestIntakeAsync();
        using (var social = App.ClientFor(world.SocialWorker))
        {
            var decided = await social.PostAsJsonAsync($"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = false, reasons = "Ingen utredning" });
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        }

        await world.DrainAsync(); // the school learns of the decision from social services' event

        App.Time.Set(new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.FromHours(1)));
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var principal = App.ClientFor(world.Principal);
            return await principal.PostAsync($"/api/v1/school-attendance/reports-of-concern/{report}/feedback-request", null);
        }));

        var bodies = string.Join("\n", await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NoContent || r.StatusCode == HttpStatusCode.Conflict, bodies);
        await world.DrainAsync(); // social services hear the requests from the school's events
        (await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM social_services.deadlines WHERE kind = 'feedback-to-reporter' AND status IN ('Open', 'Breached')")).ShouldBe(1, bodies);
    }

    private async Task<(Func<Task<HttpResponseMessage>> Send, Func<Task<long>> Records, int Copies)> ArrangeAsync(string endpoint)
    {
        switch (endpoint)
        {
            case "intake decision":
            {
                var (world, intake) = await IntakeAsync();
                return (Post(world.SocialWorker, $"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = true, reasons = "Oro för skolgången" }),
                    () => Count("SELECT count(*) FROM social_services.investigations"), 20);
            }

            case "protection assessment":
            {
                var (world, intake) = await IntakeAsync();
                return (Post(world.SocialWorker, $"/api/v1/social-services/intakes/{intake}/protection-assessment", new { text = "Inget akut skyddsbehov" }),
                    () => Count("SELECT count(*) FROM social_services.audit_entries WHERE operation = 'protection-assessment'"), 12);
            }

            case "decision not to investigate":
            {
                var (world, intake) = await IntakeAsync();
                return (Post(world.SocialWorker, $"/api/v1/social-services/intakes/{intake}/decision", new { openInvestigation = false, reasons = "Ingen utredning" }),
                    () => Count("SELECT count(*) FROM social_services.intakes WHERE decided_on IS NOT NULL"), 12);
            }

            case "investigation completion":
            {
                var world = await SchoolWorld.CreateAsync(App);
                var investigation = await world.OpenInvestigationAsync(await world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
                return (Post(world.SocialWorker, $"/api/v1/social-services/investigations/{investigation}/completion", new { }),
                    () => Count("SELECT count(*) FROM social_services.audit_entries WHERE operation = 'investigation-completed'"), 12);
            }

            case "suspension":
            {
                var world = await SchoolWorld.CreateAsync(App);
                var pupil = await world.RegisterPupilAsync(new DateOnly(2012, 8, 20));
                return (Post(world.Principal, $"/api/v1/school-attendance/pupils/{pupil}/suspensions", new
                {
                    startDate = "2026-03-09", endDate = "2026-03-10", reason = "Hot mot annan elev", hearingHeldOn = "2026-03-02", compensatoryTeaching = "Skolarbete hemma",
                }), () => Count("SELECT count(*) FROM school_attendance.suspensions"), 12);
            }

            case "pupil registration":
            {
                var world = await SchoolWorld.CreateAsync(App);
                return (Post(world.Principal, "/api/v1/school-attendance/pupils", new
                {
                    personalIdentityNumber = SchoolWorld.Pin(new DateOnly(2012, 8, 20), "238"), schoolId = world.Engelbrekt, organiserId = world.CityOrganiser,
                    homeDistrictCode = "ostermalm", schoolForm = "compulsory", hasProtectedIdentity = false, address = "Storgatan 1, Stockholm",
                }), () => Count("SELECT count(*) FROM school_attendance.pupils"), 12);
            }

            case "district registration":
                return (Post(TestUser.Administrator, $"{ForumsApi.Base}/districts", new { code = "ostermalm", name = "Östermalm" }),
                    () => Count("SELECT count(*) FROM operative_forums.districts"), 12);

            case "forum membership":
            {
                var (directory, forum) = await ForumAsync();
                return (Post(TestUser.Administrator, $"{ForumsApi.Base}/forums/{forum}/members", new { organisationId = directory.MunicipalSchool, role = "skola" }),
                    () => Count("SELECT count(*) FROM operative_forums.forum_memberships"), 20);
            }

            case "forum invitation":
            {
                var (directory, forum) = await ForumAsync();
                return (Post(TestUser.Administrator, $"{ForumsApi.Base}/forums/{forum}/invitations", new { organisationId = directory.IndependentSchool }),
                    () => Count("SELECT count(*) FROM operative_forums.forum_invitations"), 12);
            }

            case "agreement registration":
            {
                var (directory, _) = await ForumAsync();
                return (Post(TestUser.Administrator, $"{ForumsApi.Base}/agreements", new
                {
                    districtCode = "ostermalm", parties = new[] { directory.OstermalmSocialServices, directory.MunicipalSchool }, signedOn = "2025-09-01", revisionIntervalMonths = 12,
                }), () => Count("SELECT count(*) FROM operative_forums.collaboration_agreements"), 12);
            }

            case "first contact person":
            {
                var (directory, _) = await ForumAsync();
                return (async () =>
                {
                    using var admin = App.ClientFor(TestUser.Administrator);
                    return await admin.PutAsJsonAsync($"{ForumsApi.Base}/districts/ostermalm/school-contacts/{directory.MunicipalSchool}",
                        new { contactUserId = "sara.s", contactName = "Sara Socialsekreterare" }, ifMatch: null);
                }, () => Count("SELECT count(*) FROM operative_forums.school_contact_persons"), 12);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null);
        }
    }

    private async Task<(SchoolWorld World, Guid Intake)> IntakeAsync()
    {
        var world = await SchoolWorld.CreateAsync(App);
        await world.ReportConcernAsync(await world.RegisterPupilAsync(new DateOnly(2012, 8, 20)));
        return (world, await world.LatestIntakeAsync());
    }

    private async Task<(ForumsApi.Directory Directory, Guid Forum)> ForumAsync()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        return (directory, await admin.CreateForumAsync());
    }

    private Func<Task<HttpResponseMessage>> Post(TestUser user, string path, object body) => async () =>
    {
        using var client = App.ClientFor(user);
        return await client.PostAsJsonAsync(path, body);
    };

    private static Task<long> Count(string sql) => TestDatabase.ScalarAsync<long>(sql);
}
