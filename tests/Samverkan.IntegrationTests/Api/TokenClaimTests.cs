using System.Net;
using System.Net.Http.Headers;
using Microsoft.IdentityModel.Tokens;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// Correctly signed tokens that must still be refused: no user, no organisation, claims no column holds,
/// another algorithm under the same key. Each refused call leaves nothing in the audit log.
/// </summary>
public sealed class TokenClaimTests : IntegrationTest
{
    // An audited read: the review of the audit trail is itself logged.
    private const string AuditedRead = "/api/v1/school-attendance/audit-trail?userId=anyone";

    [Test]
    public async Task A_well_formed_hand_made_token_is_accepted_and_its_read_audited_under_its_user()
    {
        var longest = new string('u', 200);

        (await CallAsync(HandMadeToken.Administrator(longest))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await AuditUsersAsync()).ShouldBe([longest]);
    }

    [TestCase(null, TestName = "A token without sub is refused")]
    [TestCase("", TestName = "A token with an empty sub is refused")]
    [TestCase("   ", TestName = "A token with a blank sub is refused")]
    [TestCase("admin\u0000test", TestName = "A token with a control character in sub is refused")]
    [TestCase(" admin.test", TestName = "A token with a sub padded by spaces is refused")]
    public async Task Refused_user_ids(string? userId)
    {
        var claims = HandMadeToken.Administrator();
        if (userId is null)
        {
            claims.Remove("sub");
        }
        else
        {
            claims["sub"] = userId;
        }

        await ShouldBeRefusedAsync(claims);
    }

    [Test]
    public async Task A_sub_over_200_characters_is_refused_not_a_500()
    {
        await ShouldBeRefusedAsync(HandMadeToken.Administrator(new string('u', 201)));
    }

    [Test]
    public async Task Two_subs_are_refused()
    {
        var claims = HandMadeToken.Administrator();
        claims["sub"] = new[] { "admin.test", "someone.else" };
        await ShouldBeRefusedAsync(claims);
    }

    [TestCase(null, TestName = "A token without org is refused")]
    [TestCase("", TestName = "A token with an empty org is refused")]
    [TestCase("not-an-id", TestName = "A token whose org is not an organisation id is refused")]
    [TestCase("00000000-0000-0000-0000-000000000000", TestName = "A token whose org is the empty id is refused")]
    public async Task Refused_organisations(string? organisation)
    {
        var claims = HandMadeToken.Administrator();
        if (organisation is null)
        {
            claims.Remove("org");
        }
        else
        {
            claims["org"] = organisation;
        }

        await ShouldBeRefusedAsync(claims);
    }

    [Test]
    public async Task A_district_or_role_longer_than_any_the_product_holds_is_refused()
    {
        var district = HandMadeToken.Administrator();
        district["district"] = new string('d', 51);
        await ShouldBeRefusedAsync(district);

        var role = HandMadeToken.Administrator();
        role["role"] = new[] { "administrator", new string('r', 101) };
        await ShouldBeRefusedAsync(role);
    }

    [Test]
    public async Task A_token_with_more_districts_than_allowed_is_refused()
    {
        var claims = HandMadeToken.Administrator();
        claims["district"] = Enumerable.Range(0, 101).Select(i => $"district-{i}").ToArray();
        await ShouldBeRefusedAsync(claims);
    }

    [Test]
    public async Task A_token_signed_with_the_key_under_another_algorithm_is_refused()
    {
        // HS512 would need a longer key than the tests' one; HS384 is the case seen.
        await ShouldBeRefusedAsync(HandMadeToken.Administrator(), SecurityAlgorithms.HmacSha384);
    }

    private async Task ShouldBeRefusedAsync(IDictionary<string, object> claims, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var response = await CallAsync(claims, algorithm);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await AuditUsersAsync()).ShouldBeEmpty();
    }

    private async Task<HttpResponseMessage> CallAsync(IDictionary<string, object> claims, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        using var client = App.ClientFor();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HandMadeToken.Sign(claims, App.Time.GetUtcNow(), algorithm));
        return await client.GetAsync(AuditedRead);
    }

    private static async Task<List<string>> AuditUsersAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT user_id FROM school_attendance.audit_entries", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var users = new List<string>();
        while (await reader.ReadAsync())
        {
            users.Add(reader.GetString(0));
        }

        return users;
    }
}
