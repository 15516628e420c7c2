using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Samverkan.Benchmarks;

/// <summary>
/// Issue 16's bare baseline: the benchmarked endpoints of the product on the same routes, doing the same required
/// work the cheapest way SQL allows, so that product / baseline measures the product's overhead and not the law's.
/// Raw Npgsql on one <see cref="NpgsqlDataSource"/>; no EF, no mediator, no authentication: the caller is the
/// benchmark's demo user of each endpoint, fixed below (the same the product's token names). Each request is one
/// round trip: the product's SELECTs and its audit rows (one per child listed, in <c>audit_entries</c>) or its
/// INSERTs, audit row and outbox event, in one statement (one implicit transaction) with CTEs. The JSON shape is
/// the product's.
/// </summary>
internal static class Baseline
{
    // The benchmark's callers (src/Host/appsettings.Development.json, DemoUsers).
    private const string SocialWorker = "socialsekreterare.ostermalm";
    private const string Principal = "rektor.engelbrekt";
    private const string Manager = "enhetschef.ostermalm";
    private static readonly Guid SocialServicesOstermalm = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid Engelbrektsskolan = Guid.Parse("a0000000-0000-4000-8000-000000000010");
    private static readonly string[] Ostermalm = ["ostermalm"];
    private static readonly string[] SocialWorkerRoles = ["social-worker"];
    private const int PageSize = 25;

    // The product's labels of the generated kinds (Notifications:Reminders in appsettings.json).
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["protection-assessment"] = "Skyddsbedömning",
        ["preliminary-assessment"] = "Förhandsbedömning (14 dagar)",
        ["investigation"] = "Utredning (fyra månader)",
        ["case-worker-assignment"] = "Handläggare att utse",
        ["absence-step"] = "Åtgärd vid frånvaro",
    };

    public static async Task RunAsync(string connectionString, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        await using var db = NpgsqlDataSource.Create(connectionString);
        var app = builder.Build();
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/api/v1/social-services/worklist", () => WorklistAsync(db));
        app.MapGet("/api/v1/social-services/intakes", () => IntakesAsync(db));
        app.MapGet("/api/v1/school-attendance/pupils/{pupilId:guid}/absence-steps", (Guid pupilId) => AbsenceStepsAsync(db, pupilId));
        app.MapGet("/api/v1/school-attendance/pupils/{pupilId:guid}/attendance-summary", (Guid pupilId) => AttendanceSummaryAsync(db, pupilId));
        app.MapGet("/api/v1/notifications", () => InboxAsync(db));
        app.MapGet("/api/v1/notifications/deadline-overview", (string district) => OverviewAsync(db, district));
        app.MapPost("/api/v1/school-attendance/pupils/{pupilId:guid}/reports-of-concern", (Guid pupilId, ReportBody body) => ReportAsync(db, pupilId, body));
        app.MapPost("/api/v1/school-attendance/pupils/{pupilId:guid}/absence-periods", (Guid pupilId, AbsenceBody body) => AbsenceAsync(db, pupilId, body));
        await app.RunAsync();
    }

    internal sealed record ReportBody(string? Observations);

    internal sealed record AbsenceBody(DateOnly FromDate, DateOnly ToDate, int ScheduledMinutes, int ExcusedMinutes, int UnexcusedMinutes);

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).DateTime);

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    // The product: count, page, then one INSERT per listed case (batched), in the unit of work's transaction.
    private const string WorklistSql =
        """
        WITH page AS (
            SELECT c.case_kind, c.case_id, c.district_code, c.case_worker_user_id, c.started_on, c.next_legal_date, c.breached
              FROM social_services.case_worklist AS c
             WHERE c.district_code = $1 AND c.unit_organisation_id = $2 AND c.case_worker_user_id = $3
             ORDER BY c.next_legal_date IS NULL, c.next_legal_date, c.case_id
             LIMIT $4),
        audit AS (
            INSERT INTO social_services.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'case', case_id, 'listed' FROM page)
        SELECT p.*, (SELECT count(*)::int FROM social_services.case_worklist AS c
                      WHERE c.district_code = $1 AND c.unit_organisation_id = $2 AND c.case_worker_user_id = $3)
          FROM page AS p
         ORDER BY p.next_legal_date IS NULL, p.next_legal_date, p.case_id
        """;

    private static async Task<IResult> WorklistAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand(WorklistSql);
        command.Parameters.Add(new NpgsqlParameter { Value = Ostermalm[0] });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialServicesOstermalm });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialWorker });
        command.Parameters.Add(new NpgsqlParameter { Value = PageSize });
        var today = Today;
        var items = new List<object>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var next = reader.IsDBNull(5) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(5);
            var breached = reader.GetBoolean(6);
            items.Add(new
            {
                caseKind = reader.GetString(0), caseId = reader.GetGuid(1), districtCode = reader.GetString(2),
                caseWorkerUserId = reader.IsDBNull(3) ? null : reader.GetString(3), startedOn = reader.GetFieldValue<DateOnly>(4),
                nextLegalDate = next, overdue = breached || next < today,
            });
            total = reader.GetInt32(7);
        }

        return Results.Ok(new { items, page = 1, pageSize = PageSize, totalCount = total });
    }

    private const string IntakesSql =
        """
        WITH page AS (
            SELECT i.id, i.pupil_id, i.district_code, i.source, i.received_at, i.decided_on, i.reporter_kind, i.child_identity_number, i.child_identity_kind
              FROM social_services.intakes AS i
             WHERE i.district_code = $1
             ORDER BY i.received_at DESC, i.id
             LIMIT $4),
        audit AS (
            INSERT INTO social_services.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'case', id, 'listed' FROM page)
        SELECT p.*, (SELECT count(*)::int FROM social_services.intakes AS i WHERE i.district_code = $1)
          FROM page AS p
         ORDER BY p.received_at DESC, p.id
        """;

    private static async Task<IResult> IntakesAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand(IntakesSql);
        command.Parameters.Add(new NpgsqlParameter { Value = Ostermalm[0] });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialServicesOstermalm });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialWorker });
        command.Parameters.Add(new NpgsqlParameter { Value = PageSize });
        var items = new List<object>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new
            {
                id = reader.GetGuid(0), pupilId = reader.GetGuid(1), districtCode = reader.GetString(2), source = reader.GetString(3),
                receivedAt = reader.GetFieldValue<DateTimeOffset>(4), decidedOn = reader.IsDBNull(5) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(5),
                reporterKind = reader.GetString(6), childIdentityNumber = reader.IsDBNull(7) ? null : reader.GetString(7), childIdentityKind = reader.GetString(8),
            });
            total = reader.GetInt32(9);
        }

        return Results.Ok(new { items, page = 1, pageSize = PageSize, totalCount = total });
    }

    // The product: the pupil by id (access: the caller's school or organiser), an audit row, the steps.
    private const string AbsenceStepsSql =
        """
        WITH pupil AS (
            SELECT id FROM school_attendance.pupils WHERE id = $1 AND (school_id = $2 OR organiser_id = $2)),
        audit AS (
            INSERT INTO school_attendance.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'pupil', id, 'absence-steps-read' FROM pupil)
        SELECT s.id, s.step_order, s.name, s.reached_on, s.due_date, s.completed_on
          FROM school_attendance.absence_steps AS s JOIN pupil AS p ON s.pupil_id = p.id
         ORDER BY s.reached_on, s.step_order
        """;

    private static async Task<IResult> AbsenceStepsAsync(NpgsqlDataSource db, Guid pupilId)
    {
        await using var command = db.CreateCommand(AbsenceStepsSql);
        command.Parameters.Add(new NpgsqlParameter { Value = pupilId });
        command.Parameters.Add(new NpgsqlParameter { Value = Engelbrektsskolan });
        command.Parameters.Add(new NpgsqlParameter { Value = Principal });
        var items = new List<object>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new
            {
                id = reader.GetGuid(0), stepOrder = reader.GetInt32(1), name = reader.GetString(2), reachedOn = reader.GetFieldValue<DateOnly>(3),
                dueDate = reader.GetFieldValue<DateOnly>(4), completedOn = reader.IsDBNull(5) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(5),
            });
        }

        return Results.Ok(items);
    }

    // The product: the pupil (the caller's school or organiser), an audit row, the term's periods added up, its steps.
    private const string AttendanceSummarySql =
        """
        WITH pupil AS (
            SELECT id FROM school_attendance.pupils WHERE id = $1 AND (school_id = $2 OR organiser_id = $2)),
        audit AS (
            INSERT INTO school_attendance.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'pupil', id, 'attendance-summary-read' FROM pupil)
        SELECT p.id, t.periods, t.scheduled, t.excused, t.unexcused, t.through,
               (SELECT coalesce(json_agg(json_build_object('id', s.id, 'stepOrder', s.step_order, 'name', s.name, 'reachedOn', s.reached_on,
                                                           'dueDate', s.due_date, 'completedOn', s.completed_on) ORDER BY s.reached_on, s.step_order), '[]')
                  FROM school_attendance.absence_steps AS s WHERE s.pupil_id = p.id AND s.reached_on BETWEEN $4 AND $5)
          FROM pupil AS p
          CROSS JOIN LATERAL (SELECT count(*)::int AS periods, coalesce(sum(a.scheduled_minutes), 0)::bigint AS scheduled,
                                     coalesce(sum(a.excused_minutes), 0)::bigint AS excused, coalesce(sum(a.unexcused_minutes), 0)::bigint AS unexcused,
                                     max(a.to_date) AS through
                                FROM school_attendance.absence_periods AS a WHERE a.pupil_id = p.id AND a.from_date BETWEEN $4 AND $5) AS t
        """;

    private static async Task<IResult> AttendanceSummaryAsync(NpgsqlDataSource db, Guid pupilId)
    {
        var today = Today;
        var (start, end) = today.Month <= 6 ? (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 6, 30)) : (new DateOnly(today.Year, 7, 1), new DateOnly(today.Year, 12, 31));
        await using var command = db.CreateCommand(AttendanceSummarySql);
        command.Parameters.Add(new NpgsqlParameter { Value = pupilId });
        command.Parameters.Add(new NpgsqlParameter { Value = Engelbrektsskolan });
        command.Parameters.Add(new NpgsqlParameter { Value = Principal });
        command.Parameters.Add(new NpgsqlParameter { Value = start });
        command.Parameters.Add(new NpgsqlParameter { Value = end });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return Results.NotFound();
        }

        var scheduled = reader.GetInt64(2);
        var excused = reader.GetInt64(3);
        var unexcused = reader.GetInt64(4);
        decimal Percent(long minutes) => scheduled == 0 ? 0m : Math.Round(100m * minutes / scheduled, 1);
        return Results.Ok(new
        {
            pupilId = reader.GetGuid(0), termStart = start, termEnd = end, periods = reader.GetInt32(1), scheduledMinutes = scheduled,
            excusedMinutes = excused, unexcusedMinutes = unexcused, totalPercent = Percent(excused + unexcused), unexcusedPercent = Percent(unexcused),
            recordedThrough = reader.IsDBNull(5) ? (DateOnly?)null : reader.GetFieldValue<DateOnly>(5),
            steps = System.Text.Json.JsonDocument.Parse(reader.GetString(6)).RootElement,
        });
    }

    // The product: the inbox's two parts (named person; organisation or role), each in inbox order off its own
    // index and cut at the page, merged; the total is the two parts' counts.
    private const string InboxSql =
        """
        SELECT u.*, (SELECT count(*)::int FROM notifications.notifications AS c WHERE c.recipient_user_id = $1)
                  + (SELECT count(*)::int FROM notifications.notifications AS c
                      WHERE c.recipient_user_id IS NULL AND c.recipient_organisation_id = $2 AND (c.recipient_role IS NULL OR c.recipient_role = ANY ($3)))
          FROM ((SELECT n.id, n.kind, n.title, n.body, n.link, n.deadline_id, n.created_at, n.read_at FROM notifications.notifications AS n
                  WHERE n.recipient_user_id = $1 ORDER BY n.created_at DESC, n.id LIMIT $4)
                UNION ALL
                (SELECT n.id, n.kind, n.title, n.body, n.link, n.deadline_id, n.created_at, n.read_at FROM notifications.notifications AS n
                  WHERE n.recipient_user_id IS NULL AND n.recipient_organisation_id = $2 AND (n.recipient_role IS NULL OR n.recipient_role = ANY ($3))
                  ORDER BY n.created_at DESC, n.id LIMIT $4)) AS u
         ORDER BY u.created_at DESC, u.id
         LIMIT $4
        """;

    private static async Task<IResult> InboxAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand(InboxSql);
        command.Parameters.Add(new NpgsqlParameter { Value = SocialWorker });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialServicesOstermalm });
        command.Parameters.Add(new NpgsqlParameter { Value = SocialWorkerRoles });
        command.Parameters.Add(new NpgsqlParameter { Value = PageSize });
        var items = new List<object>();
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new
            {
                id = reader.GetGuid(0), kind = reader.GetString(1), title = reader.GetString(2), body = reader.GetString(3),
                link = reader.IsDBNull(4) ? null : reader.GetString(4), deadlineId = reader.IsDBNull(5) ? (Guid?)null : reader.GetGuid(5),
                createdAt = reader.GetFieldValue<DateTimeOffset>(6), readAt = reader.IsDBNull(7) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(7),
            });
            total = reader.GetInt32(8);
        }

        return Results.Ok(new { items, page = 1, pageSize = PageSize, totalCount = total });
    }

    // The product's three queries, in one batch (one round trip). A social services manager sees the whole district.
    private const string DueThisWeekSql =
        """
        SELECT id, module, kind, subject_id, responsible_organisation_id, due_date, rule_reference, status FROM notifications.tracked_deadlines
         WHERE district_code = $1 AND status = 'Open' AND due_date >= $2 AND due_date <= $3 ORDER BY due_date
        """;

    private const string OverdueSql =
        """
        SELECT id, module, kind, subject_id, responsible_organisation_id, due_date, rule_reference, status FROM notifications.tracked_deadlines
         WHERE district_code = $1 AND due_date < $2 AND status IN ('Open', 'Breached') ORDER BY due_date
        """;

    private const string PunctualitySql =
        """
        SELECT kind, sum(met_on_time)::int, sum(decided)::int FROM notifications.deadline_punctuality
         WHERE district_code = $1 GROUP BY kind HAVING sum(decided) > 0 ORDER BY kind
        """;

    private static async Task<IResult> OverviewAsync(NpgsqlDataSource db, string district)
    {
        var today = Today;
        var weekStarts = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekEnds = weekStarts.AddDays(6);
        await using var batch = db.CreateBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(DueThisWeekSql) { Parameters = { new() { Value = district }, new() { Value = today }, new() { Value = weekEnds } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(OverdueSql) { Parameters = { new() { Value = district }, new() { Value = today } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PunctualitySql) { Parameters = { new() { Value = district } } });
        await using var reader = await batch.ExecuteReaderAsync();
        var dueThisWeek = await DeadlinesAsync(reader);
        await reader.NextResultAsync();
        var overdue = await DeadlinesAsync(reader);
        await reader.NextResultAsync();
        var onTime = new List<object>();
        while (await reader.ReadAsync())
        {
            var kind = reader.GetString(0);
            var met = reader.GetInt32(1);
            var decided = reader.GetInt32(2);
            onTime.Add(new { kind, label = Labels.GetValueOrDefault(kind, kind), metOnTime = met, decided, shareOnTime = Math.Round((decimal)met / decided, 3) });
        }

        return Results.Ok(new
        {
            districtCode = district, organisationId = (Guid?)null, today, weekStarts, weekEnds, dueThisWeek, overdue, onTimeByKind = onTime,
        });
    }

    private static async Task<List<object>> DeadlinesAsync(NpgsqlDataReader reader)
    {
        var list = new List<object>();
        while (await reader.ReadAsync())
        {
            var kind = reader.GetString(2);
            var due = reader.GetFieldValue<DateOnly>(5);
            list.Add(new
            {
                deadlineId = reader.GetGuid(0), module = reader.GetString(1), kind, label = Labels.GetValueOrDefault(kind, kind), subjectId = reader.GetGuid(3),
                responsibleOrganisationId = reader.GetGuid(4), dueDate = due, nextWorkingDay = NextWorkingDay(due), ruleReference = reader.GetString(6),
                status = reader.GetString(7),
            });
        }

        return list;
    }

    // The day itself or the first working day after it. Weekends only: the product also skips Swedish public
    // holidays (a computation, no SQL), so the two differ around holidays.
    private static DateOnly NextWorkingDay(DateOnly day)
    {
        var next = day;
        while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            next = next.AddDays(1);
        }

        return next;
    }

    // The product: the pupil (access), then the report, its audit row and the ReportOfConcernSent event in the
    // outbox (the relay of the running Host carries it on to social services, as for the product's reports).
    private const string ReportSql =
        """
        WITH pupil AS (
            SELECT id, school_id, home_district_code FROM school_attendance.pupils WHERE id = $1 AND (school_id = $2 OR organiser_id = $2)),
        report AS (
            INSERT INTO school_attendance.reports_of_concern (id, pupil_id, school_id, reported_by, observations, reported_at, version)
            SELECT $4, id, school_id, $3, $5, now(), 1 FROM pupil RETURNING id),
        audit AS (
            INSERT INTO school_attendance.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'pupil', id, 'report-of-concern-sent' FROM pupil),
        event AS (
            INSERT INTO school_attendance.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
            SELECT e.id, 'Samverkan.SchoolAttendance.Contracts.ReportOfConcernSent',
                   jsonb_build_object('eventId', e.id, 'occurredAt', now(), 'reportId', $4::uuid, 'pupilId', p.id, 'schoolId', p.school_id,
                                      'homeDistrictCode', p.home_district_code),
                   now(), now(), 0
              FROM pupil AS p CROSS JOIN (SELECT gen_random_uuid() AS id) AS e)
        SELECT id FROM report
        """;

    private static async Task<IResult> ReportAsync(NpgsqlDataSource db, Guid pupilId, ReportBody body)
    {
        await using var command = db.CreateCommand(ReportSql);
        var id = Guid.NewGuid();
        command.Parameters.Add(new NpgsqlParameter { Value = pupilId });
        command.Parameters.Add(new NpgsqlParameter { Value = Engelbrektsskolan });
        command.Parameters.Add(new NpgsqlParameter { Value = Principal });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = body.Observations ?? string.Empty });
        return await command.ExecuteScalarAsync() is Guid
            ? Results.Created($"/api/v1/school-attendance/reports-of-concern/{id}", id)
            : Results.NotFound();
    }

    // The product: the pupil (access), the pupil's lock, the period and its audit row, then the ladder and the
    // pupil's earlier steps to find thresholds newly crossed. Here the percentages and the crossed thresholds
    // come back from the same statement; the benchmark's periods cross none, so no step is ever written (the
    // product would write a step, a deadline and an event per crossed threshold).
    private const string AbsenceSql =
        """
        WITH pupil AS (
            SELECT id, school_id, organiser_id, pg_advisory_xact_lock(hashtextextended(id::text, 0)) AS locked
              FROM school_attendance.pupils WHERE id = $1 AND (school_id = $2 OR organiser_id = $2)),
        period AS (
            INSERT INTO school_attendance.absence_periods (id, pupil_id, school_id, from_date, to_date, scheduled_minutes, excused_minutes,
                                                           unexcused_minutes, recorded_by, version)
            SELECT $4, id, school_id, $5, $6, $7, $8, $9, $3, 1 FROM pupil RETURNING id),
        audit AS (
            INSERT INTO school_attendance.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
            SELECT gen_random_uuid(), now(), $3, $2, 'pupil', id, 'absence-recorded' FROM pupil)
        SELECT (SELECT id FROM period), count(l."order")::int
          FROM pupil AS p
          LEFT JOIN school_attendance.absence_ladder_steps AS l
            ON l.organiser_id = p.organiser_id
           AND l.threshold_percent <= CASE WHEN l.measure = 'unexcused' THEN $11 ELSE $10 END
           AND NOT EXISTS (SELECT 1 FROM school_attendance.absence_steps AS s
                            WHERE s.pupil_id = p.id AND s.step_order = l."order" AND s.half_year_start = $12)
        """;

    private static async Task<IResult> AbsenceAsync(NpgsqlDataSource db, Guid pupilId, AbsenceBody body)
    {
        var id = Guid.NewGuid();
        var total = Math.Round(100m * (body.ExcusedMinutes + body.UnexcusedMinutes) / body.ScheduledMinutes, 1);
        var unexcused = Math.Round(100m * body.UnexcusedMinutes / body.ScheduledMinutes, 1);
        var today = Today;
        await using var command = db.CreateCommand(AbsenceSql);
        command.Parameters.Add(new NpgsqlParameter { Value = pupilId });
        command.Parameters.Add(new NpgsqlParameter { Value = Engelbrektsskolan });
        command.Parameters.Add(new NpgsqlParameter { Value = Principal });
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = body.FromDate });
        command.Parameters.Add(new NpgsqlParameter { Value = body.ToDate });
        command.Parameters.Add(new NpgsqlParameter { Value = body.ScheduledMinutes });
        command.Parameters.Add(new NpgsqlParameter { Value = body.ExcusedMinutes });
        command.Parameters.Add(new NpgsqlParameter { Value = body.UnexcusedMinutes });
        command.Parameters.Add(new NpgsqlParameter { Value = total, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = unexcused, NpgsqlDbType = NpgsqlDbType.Numeric });
        command.Parameters.Add(new NpgsqlParameter { Value = new DateOnly(today.Year, today.Month <= 6 ? 1 : 7, 1) });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync() || reader.IsDBNull(0))
        {
            return Results.NotFound();
        }

        return Results.Created($"/api/v1/school-attendance/pupils/{pupilId}/absence-steps",
            new { id, totalPercent = total, unexcusedPercent = unexcused, stepsReached = Array.Empty<object>() });
    }
}
