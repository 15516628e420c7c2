using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.OperativeForums;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;
using Roles = Samverkan.BuildingBlocks.Application.Security.Roles;

namespace Samverkan.IntegrationTests.NeedToKnow;

/// <summary>
/// Minutes naming a child under consent: the name is read only by people of the forum's organisations the
/// consent covers; the forum's other members and everyone else who sees the district's forums read the item
/// without name or consent. Every read is audited.
/// </summary>
public sealed class MinutesNeedToKnowTests : IntegrationTest
{
    private const string Child = "Kalle Karlsson";
    private const string Consent = "Samtycke 2026-0042";

    private ForumsApi.Directory _directory = null!;
    private Guid _forum;
    private Guid _meeting;

    private string MeetingPath => $"{ForumsApi.Base}/forums/{_forum}/meetings/{_meeting}";

    private string MinutesPath => $"{MeetingPath}/minutes";

    [SetUp]
    public async Task AForumOfSocialServicesSchoolAndPoliceThatHasMet()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        _directory = await admin.SeedDirectoryAsync();
        _forum = await admin.CreateForumAsync();
        await admin.PostForIdAsync($"/forums/{_forum}/members", new { organisationId = _directory.MunicipalSchool, memberName = "Anna Kurator", role = "kurator", joinedOn = "2026-01-10" });
        await admin.PostForIdAsync($"/forums/{_forum}/members", new { organisationId = _directory.Police, memberName = "Per Polis", role = "kommunpolis", joinedOn = "2026-01-10" });
        _meeting = await MeetingTests.PlanAsync(admin, _forum, "2026-03-02");
        (await admin.PutAfterReadingAsync(MeetingPath, $"{MeetingPath}/attendance",
            new { entries = new[] { new { organisationId = _directory.MunicipalSchool, present = true } } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task The_name_is_read_only_by_the_members_the_consent_covers_and_anonymously_by_every_other_reader()
    {
        using var admin = App.ClientFor(TestUser.Administrator);
        (await admin.PutAfterReadingAsync(MeetingPath, MinutesPath, Minutes(_directory.OstermalmSocialServices, _directory.MunicipalSchool))).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var covered in new[] { Person(_directory.OstermalmSocialServices, Roles.SocialWorker), Person(_directory.MunicipalSchool, Roles.SchoolCounsellor) })
        {
            var item = (await ReadAsync(covered)).GetProperty("minutes")[1];
            item.GetProperty("childName").GetString().ShouldBe(Child);
            item.GetProperty("consentReference").GetString().ShouldBe(Consent);
            item.GetProperty("anonymised").GetBoolean().ShouldBeFalse();
        }

        // A member the consent does not cover, a school of the district outside the forum, the administrator.
        foreach (var other in new[] { Person(_directory.Police, Roles.PoliceOfficer), Person(_directory.IndependentSchool, Roles.Principal), TestUser.Administrator })
        {
            var meeting = await ReadAsync(other);
            var item = meeting.GetProperty("minutes")[1];
            item.GetProperty("heading").GetString().ShouldBe("Ärende 1");
            item.GetProperty("anonymised").GetBoolean().ShouldBeTrue();
            item.GetProperty("childName").ValueKind.ShouldBe(JsonValueKind.Null);
            item.GetProperty("consentReference").ValueKind.ShouldBe(JsonValueKind.Null);
            meeting.ToString().ShouldNotContain("Kalle");
            meeting.ToString().ShouldNotContain(Consent);
            item.GetProperty("consentCovers").GetArrayLength().ShouldBe(0);
        }

        var reads = await TestDatabase.ScalarAsync<string>(
            "SELECT string_agg(operation, ',' ORDER BY operation) FROM operative_forums.audit_entries WHERE subject_id = $1 AND operation LIKE 'read%'", _meeting);
        reads.ShouldBe("read,read,read-anonymised,read-anonymised,read-anonymised");
    }

    [Test]
    public async Task A_named_child_needs_the_organisations_the_consent_covers_and_only_forum_members_qualify()
    {
        using var admin = App.ClientFor(TestUser.Administrator);

        var uncovered = await admin.PutAfterReadingAsync(MeetingPath, MinutesPath, Minutes());
        var outsider = await admin.PutAfterReadingAsync(MeetingPath, MinutesPath, Minutes(_directory.MunicipalSchool, _directory.IndependentSchool));

        (await uncovered.ShouldBreakRuleAsync()).ShouldBe("Consent covers organisations");
        (await outsider.ShouldBreakRuleAsync()).ShouldBe("Consent covers organisations");
        (await ReadAsync(TestUser.Administrator)).GetProperty("minutes").GetArrayLength().ShouldBe(0);
    }

    private static object Minutes(params Guid[] covers) => new
    {
        items = new object[]
        {
            new { heading = "Lägesbild", notes = "Oro kring kvällar vid centrum" },
            new { heading = "Ärende 1", notes = "Hög frånvaro; SIP föreslås", childName = Child, consentReference = Consent, consentCovers = covers },
        },
    };

    private static TestUser Person(Guid organisation, string role) => new($"{role}.{organisation:N}"[..40], organisation, ["ostermalm"], [role]);

    private async Task<JsonElement> ReadAsync(TestUser user)
    {
        using var client = App.ClientFor(user);
        return await (await client.GetAsync($"{ForumsApi.Base}/forums/{_forum}/meetings/{_meeting}")).ShouldBeOkJsonAsync();
    }
}
