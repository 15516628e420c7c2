using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MediatR;
using Npgsql;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// A front end that retries a POST after a timeout, with the same Idempotency-Key, gets the first answer and no
/// second record; also when both attempts arrive at once. Today is 2026-03-02.
/// </summary>
public sealed class IdempotencyKeyTests : IntegrationTest
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private SchoolWorld _world = null!;
    private Guid _pupil;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await SchoolWorld.CreateAsync(App);
        _pupil = await _world.RegisterPupilAsync(new DateOnly(2013, 5, 10));
    }

    [Test]
    public async Task A_retried_suspension_gets_the_first_answer_and_is_recorded_once()
    {
        var first = await SuspendAsync("retry-1");
        var retry = await SuspendAsync("retry-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Location.ShouldNotBeNull();
        await ShouldBeTheSameAnswerAsync(retry, first);
        (await SuspensionCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Two_identical_keyed_suspensions_at_the_same_moment_record_one_and_both_get_its_answer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SuspendAsync("at-once")));

        answers[0].StatusCode.ShouldBe(HttpStatusCode.Created, await answers[0].Content.ReadAsStringAsync());
        foreach (var other in answers.Skip(1))
        {
            await ShouldBeTheSameAnswerAsync(other, answers[0]);
        }

        (await SuspensionCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task The_same_key_with_another_body_is_a_422_naming_the_header()
    {
        (await SuspendAsync("reused", end: Today)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = await SuspendAsync("reused", end: Today.AddDays(1));

        var problem = await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("header").GetString().ShouldBe("Idempotency-Key");
        problem.GetProperty("detail").GetString()!.ShouldContain("Idempotency-Key");
        (await SuspensionCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task The_same_key_on_another_address_is_a_422()
    {
        (await SuspendAsync("reused")).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var principal = App.ClientFor(_world.Principal);
        var report = await principal.SendAsync(Keyed($"/api/v1/school-attendance/pupils/{_pupil}/reports-of-concern", "reused", new { observations = "Oro" }));

        await report.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task Another_users_key_of_the_same_value_does_not_replay_their_answer()
    {
        (await SuspendAsync("shared-value")).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The counsellor may not decide suspensions: their own request runs and is refused, instead of
        // receiving the principal's 201 and the suspension's id.
        var counsellors = await SuspendAsync("shared-value", _world.Counsellor);

        (await counsellors.ShouldBreakRuleAsync()).ShouldContain("5 kap. 14 och 17 §§");
        (await SuspensionCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task A_refused_first_answer_is_replayed_exactly()
    {
        var first = await SuspendAsync("too-long", end: Today.AddDays(7));
        var retry = await SuspendAsync("too-long", end: Today.AddDays(7));

        (await first.ShouldBreakRuleAsync()).ShouldBe("5 kap. 14 § skollagen (2010:800)");
        // The trace id in the body is the first request's: the answer was stored, not produced again.
        await ShouldBeTheSameAnswerAsync(retry, first);
    }

    [Test]
    public async Task After_the_key_expires_it_is_a_new_key()
    {
        (await SuspendAsync("expiring", end: Today)).StatusCode.ShouldBe(HttpStatusCode.Created);

        App.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var later = await SuspendAsync("expiring", start: Today.AddDays(2), end: Today.AddDays(2));

        later.StatusCode.ShouldBe(HttpStatusCode.Created, await later.Content.ReadAsStringAsync());
        (await SuspensionCountAsync()).ShouldBe(2);
    }

    [Test]
    public async Task The_purge_removes_expired_answers_and_keeps_live_ones()
    {
        (await SuspendAsync("old")).StatusCode.ShouldBe(HttpStatusCode.Created);
        App.Time.Advance(TimeSpan.FromHours(23));
        (await SuspendAsync("young", start: Today.AddDays(7), end: Today.AddDays(7))).StatusCode.ShouldBe(HttpStatusCode.Created);
        App.Time.Advance(TimeSpan.FromHours(2));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new PurgeExpiredIdempotencyKeys());
        }

        (await StoredKeysAsync()).ShouldBe(["young"]);
    }

    [Test]
    public async Task Without_a_key_a_repeated_post_is_done_again()
    {
        (await SuspendAsync(key: null, end: Today)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await SuspendAsync(key: null, start: Today.AddDays(7), end: Today.AddDays(7))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await SuspensionCountAsync()).ShouldBe(2);
        (await StoredKeysAsync()).ShouldBeEmpty();
    }

    [TestCase("has space")]
    [TestCase("")]
    public async Task A_malformed_key_is_a_400_naming_the_header(string key)
    {
        var response = await SuspendAsync(key);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _).ShouldBeTrue(problem.ToString());
        (await SuspensionCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task A_key_longer_than_255_characters_is_a_400_and_a_quoted_one_is_accepted()
    {
        (await SuspendAsync(new string('k', 256))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var quoted = await SuspendAsync("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
        var bare = await SuspendAsync("8e03978e-40d5-43e8-bc93-6894a57f9324");

        quoted.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeTheSameAnswerAsync(bare, quoted);
    }

    [Test]
    public async Task The_document_lists_the_header_on_creating_posts_but_not_on_reads_or_the_secret_feed_address()
    {
        using var client = App.ClientFor();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        HasKeyHeader(paths.GetProperty("/api/v1/school-attendance/pupils/{pupilId}/suspensions").GetProperty("post")).ShouldBeTrue();
        HasKeyHeader(paths.GetProperty("/api/v1/operative-forums/forums").GetProperty("post")).ShouldBeTrue();
        HasKeyHeader(paths.GetProperty("/api/v1/school-attendance/pupils/{pupilId}/suspensions").GetProperty("get")).ShouldBeFalse();
        HasKeyHeader(paths.GetProperty("/api/v1/operative-forums/forums/{forumId}/calendar-subscriptions").GetProperty("post")).ShouldBeFalse();
    }

    private static bool HasKeyHeader(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
        && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");

    private static async Task ShouldBeTheSameAnswerAsync(HttpResponseMessage actual, HttpResponseMessage expected)
    {
        actual.StatusCode.ShouldBe(expected.StatusCode);
        (await actual.Content.ReadAsStringAsync()).ShouldBe(await expected.Content.ReadAsStringAsync());
        actual.Headers.Location.ShouldBe(expected.Headers.Location);
        actual.Content.Headers.ContentType?.ToString().ShouldBe(expected.Content.Headers.ContentType?.ToString());
    }

    private async Task<HttpResponseMessage> SuspendAsync(string? key, TestUser? user = null, DateOnly? start = null, DateOnly? end = null)
    {
        using var client = App.ClientFor(user ?? _world.Principal);
        return await client.SendAsync(Keyed($"/api/v1/school-attendance/pupils/{_pupil}/suspensions", key, new
        {
            startDate = start ?? Today,
            endDate = end ?? Today,
            reason = "Hot mot annan elev",
            hearingHeldOn = Today,
            compensatoryTeaching = "Skolarbete hemma med lärarstöd",
        }));
    }

    private static HttpRequestMessage Keyed(string path, string? key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        return request;
    }

    private async Task<int> SuspensionCountAsync()
    {
        using var principal = App.ClientFor(_world.Principal);
        return (await (await principal.GetAsync($"/api/v1/school-attendance/pupils/{_pupil}/suspensions")).ShouldBeOkJsonAsync()).GetArrayLength();
    }

    private static async Task<List<string>> StoredKeysAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT key FROM school_attendance.idempotency_keys ORDER BY key", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
