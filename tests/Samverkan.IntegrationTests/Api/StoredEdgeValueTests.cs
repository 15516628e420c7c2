using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Shouldly;

namespace Samverkan.IntegrationTests.Api;

/// <summary>
/// Values no request may write any more, written straight into the database (far dates, the longest texts,
/// zero and huge counts), must not break a read: every GET of the OpenAPI document, the console's forum page,
/// and the relay of the events they cause answer without a 5xx.
/// </summary>
public sealed partial class StoredEdgeValueTests : IntegrationTest
{
    private static readonly string[] Schemas = ["operative_forums", "school_attendance", "notifications"];

    // Free text and names: set to the longest text any request may send (InputBounds.LongText).
    private static readonly string[] TextColumns =
    [
        "notes", "note", "agenda", "place", "reason", "reasons", "exceptional_reason", "extension_reason", "observations", "assessment",
        "feedback", "heading", "child_name", "consent_reference", "address", "informed_who", "how", "consent_given_by", "hearing_notes",
        "compensatory_teaching", "member_name", "contact_name", "rule_reference", "name", "organiser", "role", "protection_assessment",
        "preliminary_reasons", "decision_reasons",
    ];

    // Counts and lengths a request bounds: zero, or the largest int.
    private static readonly string[] CountColumns =
    [
        "expected_meetings_per_term", "scheduled_minutes", "excused_minutes", "unexcused_minutes", "follow_up_every_weeks", "follow_ups_held",
        "revision_interval_months", "due_within_days",
    ];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemoUsers:0:UserName"] = "admin",
        ["DemoUsers:0:OrganisationId"] = TestUser.OstermalmSocialServices.ToString(),
        ["DemoUsers:0:Districts:0"] = "ostermalm",
        ["DemoUsers:0:Roles:0"] = "administrator",
    };

    [TestCase("9999-12-31", "9999-12-31 12:00:00+00", 2147483647, TestName = "FarFutureDates_LongestTexts_HugeCounts_BreakNoRead")]
    [TestCase("0001-01-01", "0001-01-02 12:00:00+00", 0, TestName = "FarPastDates_LongestTexts_ZeroCounts_BreakNoRead")]
    public async Task StoredEdgeValues_BreakNoRead(string date, string instant, int count)
    {
        var fixture = await BadInputFixture.CreateAsync(App);
        await App.DrainOutboxAsync();
        await WriteEdgeValuesAsync(date, instant, count);

        var failures = new List<string>();
        using var anonymous = App.ClientFor();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var reads = 0;
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not { } operation)
            {
                continue;
            }

            var path = PathParameter().Replace(template, match => fixture.IdFor(match.Groups[1].Value));
            var query = (operation["parameters"] as JsonArray ?? [])
                .Where(p => p!["in"]!.GetValue<string>() == "query" && fixture.QueryValue(template, p["name"]!.GetValue<string>()) is not null)
                .Select(p => $"{p!["name"]!.GetValue<string>()}={fixture.QueryValue(template, p["name"]!.GetValue<string>())}");
            using var client = App.ClientFor(fixture.UserFor(template));
            using var response = await client.GetAsync(path + "?" + string.Join('&', query));
            reads++;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{(int)response.StatusCode} GET {template}");
            }
        }

        using var console = await SignedInConsoleAsync();
        var forumPage = await console.GetAsync($"/admin/forum/{fixture.ForumId}");
        if ((int)forumPage.StatusCode >= 500)
        {
            failures.Add($"{(int)forumPage.StatusCode} console forum page");
        }

        // The scheduled jobs read the stored dates too (breaches, reminders), and their events must be delivered, not parked.
        await App.RunScheduledCommandsAsync();
        await App.DrainOutboxAsync();
        foreach (var schema in Schemas)
        {
            (await TestDatabase.ScalarAsync<long>($"SELECT count(*) FROM \"{schema}\".outbox_messages WHERE last_error IS NOT NULL")).ShouldBe(0, $"failed deliveries in {schema}");
        }

        TestContext.Out.WriteLine($"{reads} reads; failures: {failures.Count}");
        reads.ShouldBeGreaterThan(20);
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static async Task WriteEdgeValuesAsync(string date, string instant, int count)
    {
        var statements = new List<string>();
        var columns = await ColumnsAsync();
        foreach (var (schema, table, column, type, maxLength) in columns)
        {
            var target = $"\"{schema}\".\"{table}\"";
            if (type == "date")
            {
                statements.Add($"UPDATE {target} SET \"{column}\" = DATE '{date}'");
            }
            else if (type == "timestamp with time zone" && !column.Contains("occurred", StringComparison.Ordinal))
            {
                statements.Add($"UPDATE {target} SET \"{column}\" = TIMESTAMPTZ '{instant}'");
            }
            else if (type is "text" or "character varying" && TextColumns.Contains(column))
            {
                statements.Add($"UPDATE {target} SET \"{column}\" = repeat('Å', {maxLength ?? 8000})");
            }
            else if (type == "integer" && CountColumns.Contains(column))
            {
                statements.Add($"UPDATE {target} SET \"{column}\" = {count}");
            }
        }

        statements.Count.ShouldBeGreaterThan(30);
        await TestDatabase.ExecuteAsync(string.Join(";\n", statements));
    }

    private static async Task<List<(string Schema, string Table, string Column, string Type, int? MaxLength)>> ColumnsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type, c.character_maximum_length
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = ANY(@schemas) AND t.table_type = 'BASE TABLE'
              -- A generated column (an absence step's half-year) is computed from the edge values written here.
              AND c.is_generated = 'NEVER'
              AND c.table_name NOT IN ('outbox_messages', 'inbox_messages', 'audit_entries') AND c.table_name NOT LIKE '%migrations_history%'
            """, connection);
        command.Parameters.AddWithValue("schemas", Schemas);
        var columns = new List<(string, string, string, string, int?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return columns;
    }

    private async Task<HttpClient> SignedInConsoleAsync()
    {
        var client = App.ClientFor();
        var page = await client.GetStringAsync("/admin/login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        var login = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["__RequestVerificationToken"] = token }));
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        return client;
    }

    [GeneratedRegex("\\{([A-Za-z]+)\\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
