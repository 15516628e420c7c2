using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Samverkan.Benchmarks;

/// <summary>
/// Issue 16's data generator: fills a database the Host has already migrated and seeded with demo data with a
/// city's volumes (scale 1: 200 schools, 150,000 pupils, ~1,000,000 absence periods, 300,000 reports of concern
/// and their intakes over three years, ~1,000,000 deadlines with ~1 % overdue, their copies in Notifications,
/// inbox notifications, audit history, forums and SIP proposals). Everything is <c>INSERT ... SELECT</c> over
/// <c>generate_series</c> on one connection: no rows travel through .NET, so it takes a couple of minutes.
/// The demo users the API benchmark signs in as get a realistic share: each social worker of a district holds
/// ~40-60 open cases, a district ~23,000 intakes, a social worker's inbox a few hundred notifications and
/// Engelbrektsskolan's pupils (every 250th pupil, the ones the benchmark rotates over) 50 absence periods each.
/// Rows are derived from their number, so two runs at one scale give the same shape (not the same ids).
/// </summary>
internal static class DataGenerator
{
    private const string Engelbrekt = "a0000000-0000-4000-8000-000000000010";
    private const string StockholmOrganiser = "a0000000-0000-4000-8000-000000000050";

    public static async Task RunAsync(string connectionString, double scale)
    {
        var schools = Scaled(200, scale, 2);
        var pupils = Scaled(150_000, scale, 500);
        var periods = Scaled(1_000_000, scale, 1000);
        var reports = Scaled(300_000, scale, 1000);
        var forums = Scaled(5_000, scale, 13);
        var plans = Scaled(5_000, scale, 13);
        // Case workers per district scale too, so that each keeps the ~40-60 open cases a real one has.
        var caseWorkers = Scaled(16, scale, 2);
        var benchPupils = (pupils + 249) / 250;
        var perPupil = (double)(periods - benchPupils * 50) / (pupils - benchPupils);
        var wholePerPupil = (int)perPupil;
        var extraPercent = (int)Math.Round((perPupil - wholePerPupil) * 100);

        var total = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // One transaction: a failed run leaves the demo database as it was.
        await using var transaction = await connection.BeginTransactionAsync();
        var steps = new (string What, string Sql)[]
        {
            ("helpers", Helpers),
            ("schools", Schools(schools)),
            ("pupils", Pupils(pupils)),
            ("absence ladder", Ladder),
            ("absence periods", Periods(wholePerPupil, extraPercent)),
            ("absence steps and their deadlines", AbsenceSteps),
            ("reports of concern and intakes", Cases(reports, pupils, caseWorkers)),
            ("social services' deadlines", CaseDeadlines),
            ("case workers", CaseWorkers(caseWorkers)),
            ("Notifications' tracked deadlines", TrackedDeadlines),
            ("inbox notifications", InboxNotifications),
            ("audit history", AuditHistory),
            ("forums and SIP proposals", ForumsAndPlans(forums, plans)),
        };
        foreach (var (what, sql) in steps)
        {
            var timer = Stopwatch.StartNew();
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
            await command.ExecuteNonQueryAsync();
            Console.WriteLine($"  {what,-36} {timer.Elapsed.TotalSeconds,6:F1} s");
        }

        await transaction.CommitAsync();

        var analyse = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 1800 })
        {
            await command.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"  {"ANALYZE",-36} {analyse.Elapsed.TotalSeconds,6:F1} s");
        Console.WriteLine($"generated at scale {scale.ToString(CultureInfo.InvariantCulture)} in {total.Elapsed.TotalSeconds:F0} s:");
        await using (var command = new NpgsqlCommand(Volumes, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                Console.WriteLine($"volume {reader.GetString(0)}={reader.GetInt64(1)}");
            }
        }
    }

    private static long Scaled(long value, double scale, long least) => Math.Max(least, (long)Math.Round(value * scale));

    private static string Sql(FormattableString sql) => sql.ToString(CultureInfo.InvariantCulture);

    // The districts (the demo's 13) with their social services office, and a valid personnummer: the Luhn check
    // digit over the ten digits YYMMDDNNN, the first, third, ... weighted 2.
    private const string Helpers =
        """
        CREATE TEMP TABLE gen_district AS
        SELECT (row_number() OVER (ORDER BY d.code) - 1)::int AS idx, d.code::text AS code, k.id AS office
          FROM operative_forums.districts AS d
          JOIN social_services.known_organisations AS k ON k.kind = 'social-services' AND k.district_codes = ARRAY[d.code::text];
        CREATE FUNCTION pg_temp.pin(born date, serial int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT to_char(born, 'YYYYMMDD') || lpad(serial::text, 3, '0') || ((10 - sum(CASE WHEN p > 9 THEN p - 9 ELSE p END) % 10) % 10)::text
            FROM (SELECT substr(to_char(born, 'YYMMDD') || lpad(serial::text, 3, '0'), i, 1)::int * (2 - (i + 1) % 2) AS p
                    FROM generate_series(1, 9) AS i) AS digits
        $$;
        """;

    // School 0 is the demo's Engelbrektsskolan (Östermalm), where the benchmark's principal works; the others are
    // new municipal schools spread over the districts, registered in the directory and in each module's copy.
    private static string Schools(long count) => Sql($$"""
        CREATE TEMP TABLE gen_school AS
        SELECT n, CASE WHEN n = 0 THEN '{{Engelbrekt}}'::uuid ELSE md5('school' || n)::uuid END AS id,
               CASE WHEN n = 0 THEN 'ostermalm' ELSE d.code END AS district
          FROM generate_series(0, {{count - 1}}) AS n
          JOIN gen_district AS d ON d.idx = n % (SELECT count(*) FROM gen_district);
        INSERT INTO operative_forums.organisations (id, name, kind, organiser, is_independent, version, organiser_id)
        SELECT id, 'Skola ' || n, 'school', 'Stockholms stad', false, 1, '{{StockholmOrganiser}}' FROM gen_school WHERE n > 0;
        INSERT INTO operative_forums.organisation_districts (district_code, organisation_id) SELECT district, id FROM gen_school WHERE n > 0;
        INSERT INTO school_attendance.known_organisations (id, name, kind, is_independent, district_codes, synced_at, version, organiser_id)
        SELECT id, 'Skola ' || n, 'school', false, ARRAY[district], now(), 1, '{{StockholmOrganiser}}' FROM gen_school WHERE n > 0;
        INSERT INTO social_services.known_organisations (id, name, kind, is_independent, district_codes, synced_at, version, organiser_id)
        SELECT id, 'Skola ' || n, 'school', false, ARRAY[district], now(), 1, '{{StockholmOrganiser}}' FROM gen_school WHERE n > 0;
        INSERT INTO sip.known_organisations (id, name, kind, district_codes, version)
        SELECT id, 'Skola ' || n, 'school', ARRAY[district], 1 FROM gen_school WHERE n > 0;
        """);

    // Every 250th pupil goes to Engelbrektsskolan (the benchmark's pupils); the rest spread over the other schools.
    // Born 2008-2020, serials 000-999: (birth date, serial) is unique, so is the personnummer.
    private static string Pupils(long count) => Sql($$"""
        CREATE TEMP TABLE gen_pupil AS
        SELECT i AS n, md5('pupil' || i)::uuid AS id, s.id AS school_id, s.district, i % 250 = 0 AS bench,
               date '2008-01-01' + (i % 4700) AS born, (i / 4700) % 1000 AS serial
          FROM generate_series(0, {{count - 1}}) AS i
          JOIN gen_school AS s ON s.n = CASE WHEN i % 250 = 0 THEN 0 ELSE 1 + i % ((SELECT count(*) FROM gen_school) - 1) END;
        CREATE UNIQUE INDEX ON gen_pupil (n);
        INSERT INTO school_attendance.pupils (id, personal_identity_number, sex, birth_date, school_id, organiser_id, home_district_code,
                                              school_form, has_protected_identity, address, version)
        SELECT id, pg_temp.pin(born, serial), CASE WHEN serial % 2 = 1 THEN 'Male' ELSE 'Female' END, born, school_id, '{{StockholmOrganiser}}',
               district, CASE WHEN born < date '2010-07-01' THEN 'upper-secondary' ELSE 'compulsory' END, n % 500 = 7,
               CASE WHEN n % 500 = 7 THEN NULL ELSE 'Skolgatan ' || (n % 200 + 1) || ', Stockholm' END, 1
          FROM gen_pupil;
        """);

    // The municipal organiser's ladder; the benchmark's absence periods stay under its lowest threshold.
    private const string Ladder =
        $$"""
        INSERT INTO school_attendance.absence_ladder_steps (organiser_id, "order", name, measure, threshold_percent, due_within_days, rule_reference, version)
        VALUES ('{{StockholmOrganiser}}', 1, 'Kartläggning av frånvaron', 'total', 10.0, 14, 'Skollagen 7 kap. 19 a §', 1),
               ('{{StockholmOrganiser}}', 2, 'Elevhälsomöte', 'total', 15.0, 21, 'Skollagen 2 kap. 25 §', 1),
               ('{{StockholmOrganiser}}', 3, 'Anmälan till huvudmannen', 'unexcused', 10.0, 7, 'Skollagen 7 kap. 19 a § andra st.', 1)
        ON CONFLICT DO NOTHING;
        """;

    // A school week per period (Monday to Friday, 1,500 scheduled minutes, a few percent absent): the benchmark's
    // pupils the last 50 weeks, the others a few weeks spread over three years.
    private static string Periods(int wholePerPupil, int extraPercent) => Sql($$"""
        INSERT INTO school_attendance.absence_periods (id, pupil_id, school_id, from_date, to_date, scheduled_minutes, excused_minutes,
                                                       unexcused_minutes, recorded_by, version)
        SELECT gen_random_uuid(), p.id, p.school_id, w.monday, w.monday + 4, 1500, (p.n * 7 + w.k * 13) % 240, (p.n * 11 + w.k * 5) % 90, 'generated', 1
          FROM gen_pupil AS p
          CROSS JOIN LATERAL (
                SELECT k, date_trunc('week', current_date)::date - 7 * CASE WHEN p.bench THEN k + 1 ELSE 1 + (k * 23 + p.n % 23) % 150 END AS monday
                  FROM generate_series(0, CASE WHEN p.bench THEN 49 ELSE {{wholePerPupil - 1}} + CASE WHEN p.n % 100 < {{extraPercent}} THEN 1 ELSE 0 END END) AS k) AS w;
        """);

    // One ladder step for one pupil in twenty and for each benchmark pupil, on their newest period, with the
    // school's deadline: done when long past, overdue (stamped breached, as the hourly check leaves it) when
    // the pupil's number says so, open otherwise.
    private const string AbsenceSteps =
        """
        CREATE TEMP TABLE gen_step AS
        SELECT gen_random_uuid() AS id, p.n, p.id AS pupil_id, p.school_id, p.district, a.id AS period_id, a.to_date AS reached_on,
               a.to_date + 14 AS due_date
          FROM gen_pupil AS p
          CROSS JOIN LATERAL (SELECT id, to_date FROM school_attendance.absence_periods WHERE pupil_id = p.id ORDER BY from_date DESC LIMIT 1) AS a
         WHERE p.n % 20 = 3 OR p.bench;
        INSERT INTO school_attendance.absence_steps (id, pupil_id, school_id, absence_period_id, step_order, name, reached_on, due_date, completed_on, version)
        SELECT id, pupil_id, school_id, period_id, 1, 'Kartläggning av frånvaron', reached_on, due_date,
               CASE WHEN due_date < current_date - 30 AND n % 7 <> 0 THEN due_date - 3 END, 1
          FROM gen_step;
        INSERT INTO school_attendance.deadlines (id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                                                 rule_reference, status, created_at, met_at, breached_at, cancelled_at, reason, version)
        SELECT gen_random_uuid(), 'absence-step', s.id, s.district, s.school_id, NULL, s.due_date, 'Skollagen 7 kap. 19 a §',
               CASE WHEN st.completed_on IS NOT NULL THEN 'Met' WHEN s.due_date < current_date THEN 'Breached' ELSE 'Open' END,
               s.reached_on::timestamptz, st.completed_on::timestamptz,
               CASE WHEN st.completed_on IS NULL AND s.due_date < current_date THEN (s.due_date + 1)::timestamptz END, NULL, NULL, 1
          FROM gen_step AS s JOIN school_attendance.absence_steps AS st ON st.id = s.id;
        """;

    // Reports over three years, newest first by number; each becomes an intake in the pupil's home district.
    // Older than a fortnight: decided (one in six opening an investigation, one in 17 decided late), except one
    // in 100 still undecided past its 14 days. Investigations take ~75 days; one in 500 runs over its
    // four months. Case workers take cases in turn; one in ten of the undecided ones is still unassigned.
    // The selectors (r % 100 = 37, r % 500 = 36) avoid multiples of 50: cases with r % 250 = 0 all belong to
    // Engelbrektsskolan's pupils (n % 250 = 0), and a selector they shared would pile on Östermalm's case workers.
    private static string Cases(long count, long pupils, long caseWorkers) => Sql($$"""
        CREATE TEMP TABLE gen_case AS
        SELECT c.*,
               c.received_at < now() - interval '14 days' AND c.r % 100 <> 37 AS decided,
               c.received_at < now() - interval '14 days' AND c.r % 100 <> 37 AND c.r % 6 = 0 AS opens_investigation,
               CASE WHEN c.received_at >= now() - interval '14 days' AND c.r % 10 = 9 THEN NULL
                    WHEN c.worker = 0 THEN 'socialsekreterare.' || c.district
                    WHEN c.worker = 1 THEN 'socialsekreterare2.' || c.district
                    ELSE 'handlaggare' || c.worker || '.' || c.district END AS case_worker
          FROM (SELECT r, md5('report' || r)::uuid AS report_id, md5('intake' || r)::uuid AS intake_id, md5('investigation' || r)::uuid AS investigation_id,
                       p.id AS pupil_id, p.school_id, p.district, d.office, (r / 7) % {{caseWorkers}} AS worker,
                       now() - interval '1095 days' * (r::float8 / {{count}}) - interval '1 minute' * (r % 600) AS received_at
                  FROM generate_series(0, {{count - 1}}) AS r
                  JOIN gen_pupil AS p ON p.n = (r::bigint * 7919) % {{pupils}}
                  JOIN gen_district AS d ON d.code = p.district) AS c;
        ALTER TABLE gen_case ADD decided_on date, ADD investigation_due date, ADD investigation_completed date;
        UPDATE gen_case SET decided_on = received_at::date + CASE WHEN r % 17 = 0 THEN 16 ELSE 10 END WHERE decided;
        UPDATE gen_case SET investigation_due = (decided_on + interval '4 months')::date,
                            investigation_completed = CASE WHEN r % 500 <> 36 AND decided_on + 75 < current_date THEN decided_on + 75 END
         WHERE opens_investigation;
        INSERT INTO school_attendance.reports_of_concern (id, pupil_id, school_id, reported_by, observations, reported_at, version)
        SELECT report_id, pupil_id, school_id, 'generated', 'Hög frånvaro och oro för hemsituationen', received_at, 1 FROM gen_case;
        INSERT INTO social_services.intakes (id, pupil_id, district_code, reporter_organisation_id, source, source_id, received_at,
               protection_assessed_at, protection_assessment, decided_on, opens_investigation, decision_reasons, investigation_id,
               meeting_status, version, case_worker_user_id, reporter_kind, channel, child_identity_kind)
        SELECT intake_id, pupil_id, district, school_id, 'report-of-concern', report_id, received_at,
               received_at + interval '2 hours', 'Inget akut skyddsbehov', decided_on, CASE WHEN decided THEN opens_investigation END,
               CASE WHEN decided THEN 'Bedömning efter samtal med vårdnadshavare' END, CASE WHEN opens_investigation THEN investigation_id END,
               'not-offered', 1, case_worker, 'school', 'e-service', 'not-yet-known'
          FROM gen_case;
        INSERT INTO social_services.investigations (id, pupil_id, district_code, opened_on, due_date, includes_schooling, completed_on, version, case_worker_user_id)
        SELECT investigation_id, pupil_id, district, decided_on, investigation_due, true, investigation_completed, 1, case_worker
          FROM gen_case WHERE opens_investigation;
        """);

    // The deadlines social services keep per case (the rule references as the product writes them), met,
    // open or stamped breached; the case's deadlines follow its case worker.
    private const string CaseDeadlines =
        """
        INSERT INTO social_services.deadlines (id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                                               rule_reference, status, created_at, met_at, breached_at, version)
        SELECT gen_random_uuid(), x.kind, x.subject_id, c.district, c.office, x.responsible, x.due_date, x.rule_reference, x.status, x.created_at,
               CASE WHEN x.status = 'Met' THEN x.done_at END, CASE WHEN x.status = 'Breached' THEN (x.due_date + 1)::timestamptz END, 1
          FROM gen_case AS c
          CROSS JOIN LATERAL (VALUES
                ('case-worker-assignment', c.intake_id, NULL, c.received_at::date, 'Enhetens rutin: handläggare utses senast arbetsdagen aktualiseringen kom in',
                 CASE WHEN c.case_worker IS NOT NULL THEN 'Met' WHEN c.received_at::date < current_date THEN 'Breached' ELSE 'Open' END,
                 c.received_at, c.received_at + interval '1 hour'),
                ('protection-assessment', c.intake_id, c.case_worker, c.received_at::date + 1, '20 kap. 1 § SoL (2025:400) [11 kap. 1 a § första st. SoL (2001:453)]',
                 'Met', c.received_at, c.received_at + interval '2 hours'),
                ('preliminary-assessment', c.intake_id, c.case_worker, c.received_at::date + 14, '20 kap. 2 § SoL (2025:400) [11 kap. 1 a § SoL (2001:453)]',
                 CASE WHEN c.decided THEN 'Met' WHEN c.received_at::date + 14 < current_date THEN 'Breached' ELSE 'Open' END,
                 c.received_at, c.decided_on::timestamptz)) AS x(kind, subject_id, responsible, due_date, rule_reference, status, created_at, done_at);
        INSERT INTO social_services.deadlines (id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                                               rule_reference, status, created_at, met_at, breached_at, version)
        SELECT gen_random_uuid(), 'investigation', investigation_id, district, office, case_worker, investigation_due,
               '11 kap. 2 § SoL (2001:453): utredningen klar inom fyra månader',
               CASE WHEN investigation_completed IS NOT NULL THEN 'Met' WHEN investigation_due < current_date THEN 'Breached' ELSE 'Open' END,
               decided_on::timestamptz, investigation_completed::timestamptz,
               CASE WHEN investigation_completed IS NULL AND investigation_due < current_date THEN (investigation_due + 1)::timestamptz END, 1
          FROM gen_case WHERE opens_investigation;
        """;

    // The generated case workers on their unit's roster (the demo already lists socialsekreterare and socialsekreterare2).
    private static string CaseWorkers(long perDistrict) => Sql($$"""
        INSERT INTO social_services.case_workers (id, user_id, name, organisation_id, district_code, registered_at, registered_by)
        SELECT gen_random_uuid(), 'handlaggare' || w || '.' || d.code, 'Handläggare ' || w, d.office, d.code, now(), 'generated'
          FROM gen_district AS d CROSS JOIN generate_series(2, {{perDistrict - 1}}) AS w
        ON CONFLICT DO NOTHING;
        """);

    // Notifications' copy of every generated deadline, as its handlers leave it: met on time or not, the next
    // reminder after today (so the Host's reminder run finds nothing to write during the benchmark).
    private const string TrackedDeadlines =
        """
        INSERT INTO notifications.tracked_deadlines (id, module, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id,
                                                     due_date, rule_reference, status, met_on_time, last_event_at, next_reminder_on, version)
        SELECT d.id, d.module, d.kind, d.subject_id, d.district_code, d.responsible_organisation_id, d.responsible_user_id, d.due_date, d.rule_reference,
               d.status, CASE d.status WHEN 'Met' THEN d.met_at::date <= d.due_date WHEN 'Breached' THEN false END,
               coalesce(d.met_at, d.breached_at, d.created_at), CASE WHEN d.status = 'Open' THEN greatest(d.due_date - 2, current_date + 1) END, 1
          FROM (SELECT 'SocialServices' AS module, id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                       rule_reference, status, created_at, met_at, breached_at FROM social_services.deadlines
                UNION ALL
                SELECT 'SchoolAttendance', id, kind, subject_id, district_code, responsible_organisation_id, responsible_user_id, due_date,
                       rule_reference, status, created_at, met_at, breached_at FROM school_attendance.deadlines) AS d
         WHERE NOT EXISTS (SELECT 1 FROM notifications.tracked_deadlines AS t WHERE t.id = d.id);
        """;

    // For the last 90 days and the coming fortnight: a reminder two days before each deadline to the person it
    // follows, and an escalation to the unit's managers for each one breached; read when more than a week old.
    // Already e-mailed, so the Host's mail run has nothing to send.
    private const string InboxNotifications =
        """
        INSERT INTO notifications.notifications (id, deduplication_key, kind, recipient_organisation_id, recipient_user_id, recipient_role, district_code,
                                                 title, body, link, deadline_id, created_at, read_at, emailed_at, email_attempts, version)
        SELECT gen_random_uuid(), 'generated:' || t.id || ':' || r.step, 'deadline-reminder', t.responsible_organisation_id, r.recipient, r.role,
               t.district_code, r.title, 'Tidsfristen ' || t.kind || ' går ut ' || t.due_date || ' (' || t.rule_reference || ').',
               '/api/v1/notifications/deadlines/' || t.id, t.id, r.at,
               CASE WHEN r.at < now() - interval '7 days' THEN r.at + interval '1 day' END, r.at, 0, 1
          FROM notifications.tracked_deadlines AS t
          CROSS JOIN LATERAL (VALUES
                ('before-2', t.responsible_user_id, NULL::text, 'Tidsfrist om två dagar', (t.due_date - 2)::timestamptz + interval '6 hours'),
                ('escalated', NULL, 'social-services-manager', 'Tidsfrist överskriden', (t.due_date + 1)::timestamptz + interval '6 hours')) AS r(step, recipient, role, title, at)
         WHERE t.module = 'SocialServices' AND t.due_date BETWEEN current_date - 90 AND current_date + 14
           AND ((r.step = 'before-2' AND t.responsible_user_id IS NOT NULL AND r.at < now()) OR (r.step = 'escalated' AND t.status = 'Breached'));
        """;

    // What a few months of use leave in the audit tables (a case listed by its case worker, a pupil's absence
    // recorded), so the benchmark's audit rows go into indexes of a realistic depth.
    private const string AuditHistory =
        """
        INSERT INTO social_services.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
        SELECT gen_random_uuid(), c.received_at + interval '1 hour' * k, coalesce(c.case_worker, 'enhetschef.' || c.district), c.office, 'case', c.intake_id, 'listed'
          FROM gen_case AS c CROSS JOIN generate_series(1, 3) AS k;
        INSERT INTO school_attendance.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation)
        SELECT gen_random_uuid(), a.from_date + 5, 'generated', a.school_id, 'pupil', a.pupil_id, 'absence-recorded'
          FROM school_attendance.absence_periods AS a WHERE a.recorded_by = 'generated';
        """;

    // Operative forums convened by each district's social services, and SIP proposals awaiting judgement.
    private static string ForumsAndPlans(long forums, long plans) => Sql($$"""
        INSERT INTO operative_forums.forums (id, district_code, name, kind, convening_organisation_id, expected_meetings_per_term, version)
        SELECT gen_random_uuid(), d.code, 'Forum ' || n, CASE WHEN n % 10 = 0 THEN 'steering-group' ELSE 'operative-forum' END, d.office, 2 + n % 4, 1
          FROM generate_series(0, {{forums - 1}}) AS n JOIN gen_district AS d ON d.idx = n % (SELECT count(*) FROM gen_district);
        INSERT INTO sip.plans (id, district_code, child_name, child_birth_date, child_sex, proposed_by_organisation_id, proposed_by_kind, proposed_at,
                               proposal_reason, status, approved_by, agreed_versions, version)
        SELECT gen_random_uuid(), p.district, 'Barn ' || i, p.born, CASE WHEN p.serial % 2 = 1 THEN 'male' ELSE 'female' END, p.school_id, 'school',
               now() - interval '1 day' * (i % 1000), 'Behov av samordnade insatser från skola, socialtjänst och BUP', 'proposed', '{}', 0, 1
          FROM generate_series(0, {{plans - 1}}) AS i JOIN gen_pupil AS p ON p.n = (i::bigint * 31) % (SELECT count(*) FROM gen_pupil);
        """);

    private const string Volumes =
        """
        SELECT 'schools', count(*) FROM school_attendance.known_organisations WHERE kind = 'school'
        UNION ALL SELECT 'pupils', count(*) FROM school_attendance.pupils
        UNION ALL SELECT 'absence_periods', count(*) FROM school_attendance.absence_periods
        UNION ALL SELECT 'reports_of_concern', count(*) FROM school_attendance.reports_of_concern
        UNION ALL SELECT 'intakes', count(*) FROM social_services.intakes
        UNION ALL SELECT 'investigations', count(*) FROM social_services.investigations
        UNION ALL SELECT 'deadlines', (SELECT count(*) FROM social_services.deadlines) + (SELECT count(*) FROM school_attendance.deadlines)
        UNION ALL SELECT 'deadlines_overdue', (SELECT count(*) FROM social_services.deadlines WHERE status = 'Breached') + (SELECT count(*) FROM school_attendance.deadlines WHERE status = 'Breached')
        UNION ALL SELECT 'tracked_deadlines', count(*) FROM notifications.tracked_deadlines
        UNION ALL SELECT 'notifications', count(*) FROM notifications.notifications
        UNION ALL SELECT 'forums', count(*) FROM operative_forums.forums
        UNION ALL SELECT 'sip_plans', count(*) FROM sip.plans
        UNION ALL SELECT 'open_cases_socialsekreterare.ostermalm', count(*) FROM social_services.case_worklist WHERE case_worker_user_id = 'socialsekreterare.ostermalm'
        UNION ALL SELECT 'intakes_ostermalm', count(*) FROM social_services.intakes WHERE district_code = 'ostermalm'
        UNION ALL SELECT 'inbox_socialsekreterare.ostermalm', count(*) FROM notifications.notifications WHERE recipient_user_id = 'socialsekreterare.ostermalm'
        UNION ALL SELECT 'absence_periods_per_benchmark_pupil', count(*) / greatest(1, count(DISTINCT pupil_id)) FROM school_attendance.absence_periods WHERE school_id = 'a0000000-0000-4000-8000-000000000010'
        """;
}
