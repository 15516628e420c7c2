using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Samverkan.Benchmarks;

/// <summary>
/// Issue 11's benchmark: how long a school's report of concern takes to become an intake that social services
/// see, first with an empty outbox, then while 100,000 other events wait in the same module's outbox, as a
/// ladder of 20,000 steps wrote them. Everything after the seeding goes through a running Host over HTTP:
/// the report's endpoint, the Host's own background relay and the intake handler, the social worker's list.
/// </summary>
internal static class OutboxFairnessBenchmark
{
    private const string Principal = "rektor.engelbrekt";
    private const string SocialWorker = "socialsekreterare.ostermalm";
    private const int Rounds = 3;

    public static async Task RunAsync(string connectionString, Uri host, int floodSize)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        using var school = await SignedInAsync(host, Principal);
        using var social = await SignedInAsync(host, SocialWorker);
        await WaitUntilRelayedAsync(db, "the demo directory");
        var pupil = await RegisterPupilAsync(school);
        await WaitUntilRelayedAsync(db, "the pupil's events");

        // The first report also warms the Host's code paths; it is not counted.
        await ReportAndWaitAsync(school, social, pupil);
        var baseline = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            baseline.Add((await ReportAndWaitAsync(school, social, pupil)).TotalMilliseconds);
        }

        Console.WriteLine($"empty outbox      : report to visible intake {Median(baseline),7:F0} ms (median of {Rounds}: {string.Join(", ", baseline.Select(Ms))})");

        var seeding = Stopwatch.StartNew();
        await FloodAsync(db, floodSize);
        Console.WriteLine($"seeded {floodSize:N0} other events (half DeadlineOpened, half AbsenceStepReached) into school_attendance's outbox in {seeding.Elapsed.TotalSeconds:F1} s");
        var draining = Stopwatch.StartNew();
        var loaded = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var elapsed = await ReportAndWaitAsync(school, social, pupil);
            loaded.Add(elapsed.TotalMilliseconds);
            Console.WriteLine($"  report {round + 1}: visible after {Ms(elapsed.TotalMilliseconds)} ms, {await PendingAsync(db):N0} other events still waiting");
        }

        Console.WriteLine($"100,000 waiting   : report to visible intake {Median(loaded),7:F0} ms (median of {Rounds}; target under 5,000 ms)");

        await WaitUntilRelayedAsync(db, "the flood");
        draining.Stop();
        Console.WriteLine($"the flood drained in {draining.Elapsed.TotalSeconds:F1} s ({floodSize / draining.Elapsed.TotalSeconds:N0} events a second): about what a report behind it waited when the relay took the oldest first");
    }

    private static async Task<TimeSpan> ReportAndWaitAsync(HttpClient school, HttpClient social, Guid pupil)
    {
        var before = await IntakeCountAsync(social);
        var timer = Stopwatch.StartNew();
        var sent = await school.PostAsJsonAsync($"api/v1/school-attendance/pupils/{pupil}/reports-of-concern", new { observations = "Frånvaro 40 % i tre veckor" });
        sent.EnsureSuccessStatusCode();
        while (await IntakeCountAsync(social) == before)
        {
            if (timer.Elapsed > TimeSpan.FromMinutes(15))
            {
                throw new TimeoutException("The intake did not appear within 15 minutes.");
            }

            await Task.Delay(25);
        }

        return timer.Elapsed;
    }

    private static async Task<int> IntakeCountAsync(HttpClient social)
    {
        using var page = JsonDocument.Parse(await social.GetStringAsync("api/v1/social-services/intakes"));
        return page.RootElement.GetProperty("totalCount").GetInt32();
    }

    private static async Task<HttpClient> SignedInAsync(Uri host, string userName)
    {
        var client = new HttpClient { BaseAddress = host };
        var answer = await client.PostAsJsonAsync("dev/token", new { userName });
        answer.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    // A fictitious personnummer (valid check digit) of a pupil of Engelbrektsskolan living in Östermalm.
    private static async Task<Guid> RegisterPupilAsync(HttpClient school)
    {
        var response = await school.PostAsJsonAsync("api/v1/school-attendance/pupils", new
        {
            personalIdentityNumber = "20120820-2380",
            schoolId = Guid.Parse("a0000000-0000-4000-8000-000000000010"),
            organiserId = Guid.Parse("a0000000-0000-4000-8000-000000000050"),
            homeDistrictCode = "ostermalm",
            schoolForm = "compulsory",
            hasProtectedIdentity = false,
            address = "Storgatan 1, Stockholm",
        });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Guid>();
    }

    // Events as absence periods against a ladder of 20,000 steps wrote them (a deadline opened and a step
    // reached per step), all older than the reports that follow, in the shape the serializer writes.
    private static Task FloodAsync(NpgsqlDataSource db, int count) => BenchmarkSql.ExecuteAsync(db, string.Create(CultureInfo.InvariantCulture,
        $$"""
        INSERT INTO school_attendance.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
        SELECT e.id,
            CASE WHEN e.n % 2 = 0 THEN 'Samverkan.BuildingBlocks.Contracts.Deadlines.DeadlineOpened'
                 ELSE 'Samverkan.SchoolAttendance.Contracts.AbsenceStepReached' END,
            CASE WHEN e.n % 2 = 0 THEN jsonb_build_object('eventId', e.id, 'occurredAt', e.at, 'module', 'SchoolAttendance',
                    'deadlineId', e.step, 'kind', 'absence-step', 'subjectId', e.step, 'districtCode', 'farsta',
                    'responsibleOrganisationId', 'a0000000-0000-4000-8000-000000000011', 'responsibleUserId', NULL,
                    'dueDate', (e.at + interval '60 days')::date, 'ruleReference', 'Huvudmannens frånvarotrappa')
                 ELSE jsonb_build_object('eventId', e.id, 'occurredAt', e.at, 'absenceStepId', e.step, 'pupilId', e.step,
                    'schoolId', 'a0000000-0000-4000-8000-000000000011', 'stepOrder', e.n / 2 + 1, 'stepName', 'Steg',
                    'dueDate', (e.at + interval '60 days')::date) END,
            e.at, e.at, 0
        FROM (SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS step,
                     now() - interval '10 minutes' + n * interval '1 microsecond' AS at
              FROM generate_series(0, {{count - 1}}) AS n) AS e
        """));

    private static Task<long> PendingAsync(NpgsqlDataSource db) =>
        BenchmarkSql.ScalarAsync(db, "SELECT count(*) FROM school_attendance.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL");

    private static async Task WaitUntilRelayedAsync(NpgsqlDataSource db, string what)
    {
        var timer = Stopwatch.StartNew();
        while (await BenchmarkSql.ScalarAsync(db, AllPendingSql) > 0)
        {
            if (timer.Elapsed > TimeSpan.FromMinutes(30))
            {
                throw new TimeoutException($"The outboxes still held {what} after 30 minutes.");
            }

            await Task.Delay(200);
        }
    }

    private const string AllPendingSql =
        """
        SELECT (SELECT count(*) FROM school_attendance.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)
             + (SELECT count(*) FROM operative_forums.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)
             + (SELECT count(*) FROM notifications.outbox_messages WHERE processed_at IS NULL AND parked_at IS NULL)
        """;

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Ms(double milliseconds) => milliseconds.ToString("N0", CultureInfo.InvariantCulture);
}
