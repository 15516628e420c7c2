using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// What the Host processes' Hangfire servers did, read from Hangfire's tables. A job a recurring job created
/// carries the parameters RecurringJobId (JSON, so quoted) and Time (the occurrence it serves, Unix seconds).
/// </summary>
public static class HangfireTables
{
    public const string Schema = "hangfire";

    /// <summary>Settings for Host processes that run the scheduler with a job firing every second.</summary>
    public static Dictionary<string, string> EverySecond(string jobName, string schema = Schema) => new()
    {
        ["Scheduler:Enabled"] = "true",
        ["Scheduler:SchemaName"] = schema,
        ["Scheduler:SchedulePollingInterval"] = "00:00:01",
        [$"Scheduler:Schedules:{jobName}"] = "* * * * * *", // Cronos with seconds: every second
        ["Outbox:RelayEnabled"] = "false",
    };

    /// <summary>A fresh start: the Hosts install the schema again, and no server or job of an earlier test is left.</summary>
    public static Task DropAsync(string schema = Schema) => TestDatabase.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    public static Task<long> SucceededRunsAsync(string jobName, string schema = Schema) => TestDatabase.CountOrZeroAsync(
        $"""
        SELECT count(*) FROM {schema}.state s JOIN {schema}.jobparameter p ON p.jobid = s.jobid
        WHERE s.name = 'Succeeded' AND p.name = 'RecurringJobId' AND p.value = '"{jobName}"'
        """);

    /// <summary>Occurrences of a recurring job that more than one job served, over the given schemas together.</summary>
    public static Task<long> OccurrencesRunTwiceAsync(string jobName, params string[] schemas) => TestDatabase.CountOrZeroAsync(
        $"""
        SELECT count(*) FROM (
          SELECT occurrence FROM ({string.Join(" UNION ALL ", schemas.Select(schema => Occurrences(schema, jobName)))}) o
          GROUP BY occurrence HAVING count(*) > 1) twice
        """);

    /// <summary>Jobs that reached a final state more than once, or failed.</summary>
    public static Task<long> JobsSucceededTwiceOrFailedAsync(string schema = Schema) => TestDatabase.CountOrZeroAsync(
        $"""
        SELECT (SELECT count(*) FROM {schema}.state WHERE name = 'Failed')
             + (SELECT count(*) FROM (SELECT jobid FROM {schema}.state WHERE name = 'Succeeded' GROUP BY jobid HAVING count(*) > 1) twice)
        """);

    public static Task<long> ServersAsync(string schema = Schema) => TestDatabase.CountOrZeroAsync($"SELECT count(*) FROM {schema}.server");

    /// <summary>Hangfire's client on the same storage, for running a recurring job now (TriggerJob).</summary>
    public static IRecurringJobManagerV2 RecurringJobs(string schema = Schema)
    {
        var options = new PostgreSqlStorageOptions { SchemaName = schema, PrepareSchemaIfNecessary = false };
        return new RecurringJobManager(new PostgreSqlStorage(new NpgsqlConnectionFactory(TestDatabase.ConnectionString, options, null), options));
    }

    private static string Occurrences(string schema, string jobName) =>
        $"""
        SELECT t.value AS occurrence FROM {schema}.jobparameter r JOIN {schema}.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time'
        WHERE r.name = 'RecurringJobId' AND r.value = '"{jobName}"'
        """;
}
