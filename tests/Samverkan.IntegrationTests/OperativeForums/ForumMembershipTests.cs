using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Forums.ListForums;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class ForumMembershipTests : IntegrationTest
{
    [Test]
    public async Task CreateForum_WithoutConvener_IsConvenedByTheDistrictsSocialServices()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();

        var forumId = await admin.CreateForumAsync();

        var forum = await admin.GetOkAsync<ForumDto>($"/forums/{forumId}");
        forum.ConveningOrganisationId.ShouldBe(directory.OstermalmSocialServices);
        forum.ExpectedMeetingsPerTerm.ShouldBe(2);
    }

    [Test]
    public async Task Membership_LeavingAndJoiningAgain_KeepsTheWholeHistory()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();

        var first = await admin.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.MunicipalSchool, memberName = "Anna Kurator", role = "kurator", joinedOn = "2026-01-10" });
        (await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/members/{first}/leave", new { leftOn = "2026-02-20" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await admin.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.MunicipalSchool, memberName = "Anna Kurator", role = "rektor" });

        var forum = await admin.GetOkAsync<ForumDto>($"/forums/{forumId}");
        forum.Memberships.Count.ShouldBe(2);
        var ended = forum.Memberships.Single(m => m.Id == first);
        (ended.Role, ended.JoinedOn, ended.LeftOn).ShouldBe(("kurator", new DateOnly(2026, 1, 10), (DateOnly?)new DateOnly(2026, 2, 20)));
        var current = forum.Memberships.Single(m => m.Id == again);
        (current.Role, current.JoinedOn, current.LeftOn, current.OrganisationName).ShouldBe(("rektor", new DateOnly(2026, 3, 2), (DateOnly?)null, "Engelbrektsskolan"));
    }

    [Test]
    public async Task AddMember_AlreadyActive_Is409()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        await admin.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.Police, memberName = "Per Polis", role = "polis" });

        var twice = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/members", new { organisationId = directory.Police, memberName = "per polis", role = "polis" });

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await twice.Content.ReadAsStringAsync()).ShouldContain("already belongs");
    }

    [Test]
    public async Task Leave_BeforeJoining_Is422NamingTheRule()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();
        var membership = await admin.PostForIdAsync($"/forums/{forumId}/members", new { organisationId = directory.MunicipalSchool, role = "skola", joinedOn = "2026-02-01" });

        var response = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/members/{membership}/leave", new { leftOn = "2026-01-15" });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Leave after join");
    }

    [Test]
    public async Task BadInput_GivesProblemsNamingWhatIsWrong()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();

        var unknownDistrict = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums", new { districtCode = "atlantis", name = "Forum", kind = "operative-forum" });
        var badKind = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums", new { districtCode = "ostermalm", name = "", kind = "party" });
        var listUnknownDistrict = await admin.GetAsync($"{ForumsApi.Base}/forums?district=atlantis");
        var unknownForum = await admin.GetAsync($"{ForumsApi.Base}/forums/{Guid.NewGuid()}");

        unknownDistrict.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unknownDistrict.Content.ReadAsStringAsync()).ShouldContain("atlantis");
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await badKind.Content.ReadAsStringAsync();
        errors.ShouldContain("\"kind\"");
        errors.ShouldContain("\"name\"");
        listUnknownDistrict.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownForum.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DistrictFrontEnds_SeeOnlyTheirOwnDistrictsForums()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        var ostermalm = await admin.CreateForumAsync();
        var farsta = await admin.CreateForumAsync("farsta", "Operativt forum Farsta");
        var farstaClient = App.ClientFor(TestUser.FarstaManager);

        var seen = await farstaClient.GetOkAsync<Page<ForumSummaryDto>>("/forums");
        var other = await farstaClient.GetAsync($"{ForumsApi.Base}/forums/{ostermalm}");
        var all = await admin.GetOkAsync<Page<ForumSummaryDto>>("/forums");

        seen.Items.Select(f => f.Id).ShouldBe([farsta]);
        other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        all.TotalCount.ShouldBe(2);
    }

    [Test]
    public async Task ListForums_SearchesByNameAndPages()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        await admin.SeedDirectoryAsync();
        foreach (var name in new[] { "Styrgrupp Östermalm", "Operativt forum Östermalm", "Operativt forum Östermalm skolor" })
        {
            await admin.CreateForumAsync(name: name);
        }

        var page2 = await admin.GetOkAsync<Page<ForumSummaryDto>>("/forums?search=OPERATIVT&page=2&pageSize=1");

        page2.TotalCount.ShouldBe(2);
        page2.Items.Single().Name.ShouldBe("Operativt forum Östermalm skolor");
    }

    [Test]
    public async Task Invitation_OfAnIndependentSchool_IsRecordedAndAcceptingMakesItAMember()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var forumId = await admin.CreateForumAsync();

        var invitation = await admin.PostForIdAsync($"/forums/{forumId}/invitations", new { organisationId = directory.IndependentSchool });
        var again = await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/invitations", new { organisationId = directory.IndependentSchool });
        App.Time.Advance(TimeSpan.FromDays(3));
        admin = App.ClientFor(TestUser.Administrator);
        (await admin.PostAsJsonAsync($"{ForumsApi.Base}/forums/{forumId}/invitations/{invitation}/answer", new { accepted = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var forum = await admin.GetOkAsync<ForumDto>($"/forums/{forumId}");
        var recorded = forum.Invitations.Single();
        (recorded.IsIndependent, recorded.Answer, recorded.InvitedOn, recorded.AnsweredOn).ShouldBe((true, "accepted", new DateOnly(2026, 3, 2), (DateOnly?)new DateOnly(2026, 3, 5)));
        forum.Memberships.Single().OrganisationId.ShouldBe(directory.IndependentSchool);
    }
}
