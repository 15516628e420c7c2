using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Infrastructure;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;
using Samverkan.Notifications.Infrastructure;
using Samverkan.SchoolAttendance.Infrastructure;

namespace Samverkan.Benchmarks;

/// <summary>
/// Issue 5's benchmark: a million open deadlines of which about one in a hundred has fallen due; one run of
/// the scheduled check beside the raw indexed query that finds the same rows, measured in the same run.
/// </summary>
internal static class DeadlineCheckBenchmark
{
    private const string CheckJob = "check-deadlines-SchoolAttendance";

    public static async Task RunAsync(string connectionString, int openDeadlines)
    {
        await using var services = Compose(connectionString);
        await services.GetRequiredService<ModuleMigrator>().MigrateAsync(connectionString, CancellationToken.None);
        var today = StockholmCalendar.Today(TimeProvider.System);
        await using var db = NpgsqlDataSource.Create(connectionString);

        // A Host checks hourly in a warm process: warm every code path (EF model, JIT, serializer) on a small
        // set first, so the figures below are the steady state rather than the first call's start-up.
        await SeedAsync(db, 1_000, today);
        await RawQueryAsync(db, today);
        await SendCheckAsync(services);
        await BreachDelivery.MeasureAsync(services, db, print: false);

        await MeasureAsync(services, db, openDeadlines, today, afterCheckpoint: false);
        // The hourly check in a Host usually follows a checkpoint (every five minutes by default): then every
        // page a write touches first goes to the write-ahead log whole, for the check and the baselines alike.
        await MeasureAsync(services, db, openDeadlines, today, afterCheckpoint: true);

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"peak working set of the benchmark process: {process.PeakWorkingSet64 / 1024.0 / 1024.0:F1} MB");
    }

    private static async Task MeasureAsync(ServiceProvider services, NpgsqlDataSource db, int openDeadlines, DateOnly today, bool afterCheckpoint)
    {
        var seeding = Stopwatch.StartNew();
        await SeedAsync(db, openDeadlines, today);
        Console.WriteLine();
        Console.WriteLine($"== {(afterCheckpoint ? "each step right after a CHECKPOINT" : "pages already in the write-ahead log since the last checkpoint")}");
        Console.WriteLine($"seeded {openDeadlines:N0} open deadlines in {seeding.Elapsed.TotalSeconds:F1} s");

        // The baseline is the median of five runs: one run of a 50 ms query swings by a third on this machine.
        var rawRuns = new List<(double Milliseconds, long Rows)>();
        for (var run = 0; run < 5; run++)
        {
            rawRuns.Add(await RawQueryAsync(db, today));
        }

        var (rawMs, rawRows) = rawRuns.OrderBy(r => r.Milliseconds).ElementAt(2);
        var rawUpdateMs = await RolledBackAsync(db, RawStamp, today, afterCheckpoint);
        var floorMs = await RolledBackAsync(db, RawStampAndEvents, today, afterCheckpoint);
        await CheckpointIfAsync(db, afterCheckpoint);
        var before = await RowsReadAsync(db);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var check = Stopwatch.StartNew();
        await SendCheckAsync(services);
        check.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var read = await RowsReadAsync(db) - before;
        var breached = await BenchmarkSql.ScalarAsync(db, "SELECT count(*) FROM school_attendance.deadlines WHERE status = 'Breached'");
        var events = await BenchmarkSql.ScalarAsync(db, "SELECT count(*) FROM school_attendance.outbox_messages WHERE type LIKE '%DeadlineBreached'");

        Console.WriteLine($"raw indexed query  : {rawMs,7:F1} ms, {rawRows:N0} rows returned (median of 5)");
        Console.WriteLine($"raw stamping UPDATE: {rawUpdateMs,7:F1} ms (rolled back; the SQL of the stamp alone, no events)");
        Console.WriteLine($"raw stamp + events : {floorMs,7:F1} ms (rolled back; stamp and event rows in one SQL statement)");
        Console.WriteLine($"deadline check     : {check.Elapsed.TotalMilliseconds,7:F1} ms, {breached:N0} breached, {events:N0} events, {read:N0} table rows read, {allocated / 1024.0 / 1024.0:F1} MB allocated");
        Console.WriteLine($"ratio check / raw query             : {check.Elapsed.TotalMilliseconds / rawMs,6:F2}x");
        Console.WriteLine($"ratio raw UPDATE / raw query        : {rawUpdateMs / rawMs,6:F2}x");
        Console.WriteLine($"ratio raw stamp + events / raw query: {floorMs / rawMs,6:F2}x (the least any check could reach)");
        Console.WriteLine($"ratio check / raw stamp + events    : {check.Elapsed.TotalMilliseconds / floorMs,6:F2}x");
        await BreachDelivery.MeasureAsync(services, db);
    }

    private static ServiceProvider Compose(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Outbox:RelayEnabled"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
        services.AddBuildingBlocks(configuration);
        services.AddSchoolAttendanceModule(connectionString);
        services.AddNotificationsModule(connectionString, configuration);
        return services.BuildServiceProvider();
    }

    // Spread over a year ahead; every hundredth one fell due in the past fortnight.
    private static async Task SeedAsync(NpgsqlDataSource db, int count, DateOnly today)
    {
        await BenchmarkSql.ExecuteAsync(db, "TRUNCATE school_attendance.deadlines, school_attendance.outbox_messages");
        await BreachDelivery.ResetAsync(db);
        await using var command = db.CreateCommand(
            """
            INSERT INTO school_attendance.deadlines (id, kind, subject_id, district_code, responsible_organisation_id,
                responsible_user_id, due_date, rule_reference, status, created_at)
            SELECT gen_random_uuid(), 'preliminary-assessment', gen_random_uuid(), 'ostermalm', gen_random_uuid(), NULL,
                CASE WHEN n % 100 = 0 THEN $1 - 1 - (n / 100) % 14 ELSE $1 + (n % 365) END,
                '11 kap. 1 a § SoL (2025:400)', 'Open', now()
            FROM generate_series(1, $2) AS n
            """);
        command.Parameters.AddWithValue(today);
        command.Parameters.AddWithValue(count);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
        await BenchmarkSql.ExecuteAsync(db, "VACUUM ANALYZE school_attendance.deadlines");
    }

    // The query the check's claim is built on, alone: the same predicate and index, nothing changed.
    private static async Task<(double Milliseconds, long Rows)> RawQueryAsync(NpgsqlDataSource db, DateOnly today)
    {
        await using var command = db.CreateCommand("SELECT * FROM school_attendance.deadlines WHERE status = 'Open' AND due_date < $1 ORDER BY due_date");
        command.Parameters.AddWithValue(today);
        var timer = Stopwatch.StartNew();
        long rows = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }

        return (timer.Elapsed.TotalMilliseconds, rows);
    }

    // What the check's stamp costs in SQL alone, without reading rows back or writing events.
    private const string RawStamp =
        "UPDATE school_attendance.deadlines SET status = 'Breached', breached_at = now() WHERE status = 'Open' AND due_date < $1";

    // The least any check can do that stamps each breach and writes its event in the same transaction: both in
    // one statement, the payload built in SQL, nothing sent to .NET. Its ratio to the raw query is the lowest
    // ratio any implementation of the check could reach on this machine.
    private const string RawStampAndEvents =
        """
        WITH stamped AS (
            UPDATE school_attendance.deadlines SET status = 'Breached', breached_at = now()
            WHERE status = 'Open' AND due_date < $1
            RETURNING *)
        INSERT INTO school_attendance.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
        SELECT gen_random_uuid(), 'Samverkan.BuildingBlocks.Contracts.Deadlines.DeadlineBreached',
            jsonb_build_object('eventId', gen_random_uuid(), 'occurredAt', now(), 'module', 'SchoolAttendance',
                'deadlineId', id, 'kind', kind, 'subjectId', subject_id, 'districtCode', district_code,
                'responsibleOrganisationId', responsible_organisation_id, 'responsibleUserId', responsible_user_id,
                'dueDate', due_date, 'ruleReference', rule_reference),
            now(), now(), 0
        FROM stamped
        """;

    // Rolled back and vacuumed away, so the check then finds the same rows in the same state.
    private static async Task<double> RolledBackAsync(NpgsqlDataSource db, string sql, DateOnly today, bool afterCheckpoint)
    {
        await CheckpointIfAsync(db, afterCheckpoint);
        double elapsed;
        await using (var connection = await db.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue(today);
            var timer = Stopwatch.StartNew();
            await command.ExecuteNonQueryAsync();
            elapsed = timer.Elapsed.TotalMilliseconds;
            await transaction.RollbackAsync();
        }

        await BenchmarkSql.ExecuteAsync(db, "VACUUM school_attendance.deadlines, school_attendance.outbox_messages");
        return elapsed;
    }

    private static Task CheckpointIfAsync(NpgsqlDataSource db, bool afterCheckpoint) =>
        afterCheckpoint ? BenchmarkSql.ExecuteAsync(db, "CHECKPOINT") : Task.CompletedTask;

    private static async Task SendCheckAsync(ServiceProvider services)
    {
        var scheduled = services.GetRequiredService<ScheduledCommands>().All.Single(c => c.JobName == CheckJob);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send((IRequest<Unit>)Activator.CreateInstance(scheduled.CommandType)!);
    }

    // Rows PostgreSQL fetched from the table, by index or by scan; statistics reach the view within a second.
    private static async Task<long> RowsReadAsync(NpgsqlDataSource db)
    {
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        return await BenchmarkSql.ScalarAsync(db, "SELECT coalesce(idx_tup_fetch, 0) + seq_tup_read FROM pg_stat_user_tables WHERE relid = 'school_attendance.deadlines'::regclass");
    }
}
