using System.Net;
using System.Net.Http.Json;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.OperativeForums.Application.Features.Agreements.ListAgreements;
using Shouldly;

namespace Samverkan.IntegrationTests.OperativeForums;

public sealed class AgreementTests : IntegrationTest
{
    [Test]
    public async Task Agreement_OpensARevisionDeadline_AndRevisingMeetsItAndOpensTheNext()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var agreementId = await admin.PostForIdAsync("/agreements", new
        {
            districtCode = "ostermalm",
            parties = new[] { directory.OstermalmSocialServices, directory.MunicipalSchool, directory.Police },
            signedOn = "2025-01-15",
            revisionIntervalMonths = 12,
        });

        var before = await admin.GetOkAsync<Page<AgreementDto>>("/agreements?district=ostermalm");
        (await DeadlinesAsync(agreementId)).ShouldBe(["2026-01-15 Open " + directory.OstermalmSocialServices]);
        before.Items.Single().RevisionOverdue.ShouldBeTrue();

        var revised = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements/{agreementId}/revisions", new { revisedOn = "2026-02-20", note = "Polisen åter part" });

        revised.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DeadlinesAsync(agreementId)).ShouldBe(["2026-01-15 Met " + directory.OstermalmSocialServices, "2027-02-20 Open " + directory.OstermalmSocialServices]);
        var after = (await admin.GetOkAsync<Page<AgreementDto>>("/agreements?district=ostermalm")).Items.Single();
        (after.NextRevisionDue, after.RevisionOverdue, after.Revisions.Single()).ShouldBe((new DateOnly(2027, 2, 20), false, new DateOnly(2026, 2, 20)));
        var opened = await TestDatabase.ScalarAsync<long>(
            "SELECT count(*) FROM operative_forums.outbox_messages WHERE type LIKE '%DeadlineOpened' AND payload::text LIKE '%forum-agreement-revision%' AND payload::text LIKE '%Lokal överenskommelse, revision%'");
        opened.ShouldBe(2);
    }

    [Test]
    public async Task Agreement_BadRequests_AreProblems()
    {
        var admin = App.ClientFor(TestUser.Administrator);
        var directory = await admin.SeedDirectoryAsync();
        var parties = new[] { directory.OstermalmSocialServices, directory.MunicipalSchool };
        var agreementId = await admin.PostForIdAsync("/agreements", new { districtCode = "ostermalm", parties, signedOn = "2026-01-10", revisionIntervalMonths = 12 });

        var twice = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements", new { districtCode = "ostermalm", parties, signedOn = "2026-01-10", revisionIntervalMonths = 12 });
        var unknownDistrict = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements", new { districtCode = "atlantis", parties, signedOn = "2026-01-10", revisionIntervalMonths = 12 });
        var onePartyNoInterval = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements", new { districtCode = "farsta", parties = new[] { directory.FarstaSocialServices }, signedOn = "2026-01-10", revisionIntervalMonths = 0 });
        var beforeSigning = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements/{agreementId}/revisions", new { revisedOn = "2025-12-01" });
        var unknown = await admin.PostAsJsonAsync($"{ForumsApi.Base}/agreements/{Guid.NewGuid()}/revisions", new { });

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        unknownDistrict.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        onePartyNoInterval.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await onePartyNoInterval.Content.ReadAsStringAsync();
        errors.ShouldContain("parties");
        errors.ShouldContain("revisionIntervalMonths");
        beforeSigning.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string[]> DeadlinesAsync(Guid agreementId) =>
        await TestDatabase.ScalarAsync<string[]>(
            """
            SELECT array_agg(to_char(due_date, 'YYYY-MM-DD') || ' ' || status || ' ' || responsible_organisation_id ORDER BY due_date)
            FROM operative_forums.deadlines WHERE subject_id = $1 AND kind = 'forum-agreement-revision'
            """, agreementId);
}
