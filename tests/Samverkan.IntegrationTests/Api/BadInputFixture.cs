using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// One record of each kind, made through the API, so every path of the OpenAPI document can be filled with
/// a real id, and the user of each part of the API who may use it.
/// </summary>
internal sealed class BadInputFixture
{
    private const string Forums = "/api/v1/operative-forums";
    private const string School = "/api/v1/school-attendance";
    private const string Social = "/api/v1/social-services";

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    private BadInputFixture(SchoolWorld world) => World = world;

    public SchoolWorld World { get; }

    public Guid PupilId { get; private set; }

    public Guid ForumId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid OpenIntakeId { get; private set; }

    public Guid InvestigationId { get; private set; }

    public static async Task<BadInputFixture> CreateAsync(SamverkanApp app)
    {
        var fixture = new BadInputFixture(await SchoolWorld.CreateAsync(app));
        var world = fixture.World;
        using var admin = app.ClientFor(TestUser.Administrator);
        using var social = app.ClientFor(world.SocialWorker);
        using var principal = app.ClientFor(world.Principal);
        using var organiser = app.ClientFor(world.Organiser);

        fixture.PupilId = await world.RegisterPupilAsync(new DateOnly(2014, 5, 3));
        var reportId = await world.ReportConcernAsync(fixture.PupilId);
        fixture.InvestigationId = await world.OpenInvestigationAsync(fixture.PupilId);
        await world.ReportConcernAsync(fixture.PupilId);
        fixture.OpenIntakeId = await world.LatestIntakeAsync();

        fixture.ForumId = await CreatedIdAsync(await admin.PostAsJsonAsync($"{Forums}/forums", new { districtCode = "ostermalm", name = "Operativt forum", kind = "operative-forum", expectedMeetingsPerTerm = 2 }));
        var membershipId = await CreatedIdAsync(await admin.PostAsJsonAsync($"{Forums}/forums/{fixture.ForumId}/members", new { organisationId = world.Engelbrekt, role = "medlem" }));
        fixture.MeetingId = await CreatedIdAsync(await admin.PostAsJsonAsync($"{Forums}/forums/{fixture.ForumId}/meetings", new { date = "2026-03-16", startsAt = "13:00", endsAt = "15:00", place = "Karlavägen 104" }));
        var agreementId = await CreatedIdAsync(await admin.PostAsJsonAsync($"{Forums}/agreements", new { districtCode = "ostermalm", parties = new[] { world.OstermalmSocial, world.Engelbrekt }, signedOn = "2026-01-15", revisionIntervalMonths = 12 }));
        var subscription = await principal.PostAsync($"{Forums}/forums/{fixture.ForumId}/calendar-subscriptions", null);
        var feedUrl = (await subscription.ShouldBeOkJsonAsync()).GetProperty("feedUrl").GetString()!;

        var kinds = await (await social.GetAsync($"{Social}/intervention-kinds")).ShouldBeOkJsonAsync();
        var kind = kinds[0].GetProperty("code").GetString()!;
        var interventionId = await CreatedIdAsync(await social.PostAsJsonAsync($"{Social}/investigations/{fixture.InvestigationId}/interventions",
            new { kind, consentGivenBy = "Vårdnadshavare", consentGivenOn = "2026-03-02", startedOn = "2026-03-02" }));

        (await organiser.PutAsJsonAsync($"{School}/organisers/{world.CityOrganiser}/absence-ladder", ifMatch: null,
            body: new { steps = new[] { new { name = "Vårdnadshavare informeras", measure = "total", thresholdPercent = 5m, dueWithinDays = 3 } } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await principal.PostAsJsonAsync($"{School}/pupils/{fixture.PupilId}/absence-periods",
            new { fromDate = "2026-02-16", toDate = "2026-02-27", scheduledMinutes = 1000, excusedMinutes = 100, unexcusedMinutes = 100 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var steps = await (await principal.GetAsync($"{School}/pupils/{fixture.PupilId}/absence-steps")).ShouldBeOkJsonAsync();

        fixture._ids["pupilId"] = fixture.PupilId.ToString();
        fixture._ids["reportId"] = reportId.ToString();
        fixture._ids["intakeId"] = fixture.OpenIntakeId.ToString();
        fixture._ids["investigationId"] = fixture.InvestigationId.ToString();
        fixture._ids["interventionId"] = interventionId.ToString();
        fixture._ids["forumId"] = fixture.ForumId.ToString();
        fixture._ids["meetingId"] = fixture.MeetingId.ToString();
        fixture._ids["membershipId"] = membershipId.ToString();
        fixture._ids["agreementId"] = agreementId.ToString();
        fixture._ids["organiserId"] = world.CityOrganiser.ToString();
        fixture._ids["organisationId"] = world.Engelbrekt.ToString();
        fixture._ids["schoolId"] = world.Engelbrekt.ToString();
        fixture._ids["stepId"] = steps.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).FirstOrDefault() ?? Guid.NewGuid().ToString();
        fixture._ids["token"] = feedUrl.Split('/')[^2];
        fixture._ids["district"] = "ostermalm";
        fixture._ids["districtCode"] = "ostermalm";
        return fixture;
    }

    /// <summary>The id of the fixture's record for a path parameter, or an unknown id (a 404 is a fine answer too).</summary>
    public string IdFor(string parameter) => _ids.TryGetValue(parameter, out var id) ? id : Guid.NewGuid().ToString();

    /// <summary>A valid value for fields whose plain type says too little (a code from a list, a real id).</summary>
    public JsonNode? KnownValue(string field) => field switch
    {
        "districtCode" or "homeDistrictCode" or "district" => "ostermalm",
        "districtCodes" => new JsonArray("ostermalm"),
        "parties" => new JsonArray(World.OstermalmSocial.ToString(), World.Engelbrekt.ToString()),
        "schoolForm" => "compulsory",
        "measure" => "total",
        "status" => "accepted",
        "personalIdentityNumber" => SchoolWorld.Pin(new DateOnly(2013, 4, 2), "238"),
        "organiserId" => World.CityOrganiser.ToString(),
        "schoolId" or "organisationId" => World.Engelbrekt.ToString(),
        "userName" => "admin",
        _ => null,
    };

    /// <summary>A valid value for a query parameter a read needs (or null to leave it out).</summary>
    public string? QueryValue(string template, string parameter) => (template, parameter) switch
    {
        (_, "from") when template.Contains("/statistics/", StringComparison.Ordinal) => "2026-01-01",
        (_, "to") when template.Contains("/statistics/", StringComparison.Ordinal) => "2026-03-02",
        (_, "district") when template.Contains("deadline-overview", StringComparison.Ordinal) => "ostermalm",
        (_, "subjectType") => "case",
        (_, "subjectId") => PupilId.ToString(),
        _ => null,
    };

    /// <summary>The fixture's user who may use the operations under a path.</summary>
    public TestUser UserFor(string template) => template switch
    {
        _ when template.Contains("/absence-ladder", StringComparison.Ordinal) => World.Organiser,
        _ when template.StartsWith(School + "/pupils", StringComparison.Ordinal) || template.Contains("/reports-of-concern", StringComparison.Ordinal)
            || template.Contains("/absence-steps", StringComparison.Ordinal) => World.Principal,
        _ when template.StartsWith(School + "/audit-trail", StringComparison.Ordinal) => TestUser.Administrator,
        _ when template.StartsWith(School, StringComparison.Ordinal) => World.SocialWorker,
        _ when template.StartsWith(Social + "/audit-trail", StringComparison.Ordinal) => TestUser.Administrator,
        _ when template.StartsWith(Social, StringComparison.Ordinal) => World.SocialWorker,
        _ when template.StartsWith("/api/v1/notifications/organisations", StringComparison.Ordinal)
            || template.StartsWith("/api/v1/notifications/deadline-overview", StringComparison.Ordinal) => TestUser.Administrator,
        _ when template.StartsWith("/api/v1/notifications", StringComparison.Ordinal) => World.SocialWorker,
        _ when template.StartsWith("/api/v1/sip/plans", StringComparison.Ordinal) => World.SocialWorker,
        _ => TestUser.Administrator,
    };

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
