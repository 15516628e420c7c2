using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.Notifications.Application.Features.Reminders;

namespace Samverkan.Benchmarks;

/// <summary>
/// What follows a check in a Host: the relay carries every DeadlineBreached event into Notifications, whose
/// handler tracks the deadline and writes the reminders due for it (overdue, escalated) as each arrives; the
/// next reminder run then finds nothing left. Measured so the check's figure is not mistaken for the time
/// from a breach to the reminder people see.
/// </summary>
internal static class BreachDelivery
{
    public static async Task MeasureAsync(ServiceProvider services, NpgsqlDataSource db, bool print = true)
    {
        var relay = Stopwatch.StartNew();
        var relayed = await services.GetRequiredService<OutboxDrainer>().DrainAsync();
        relay.Stop();

        var reminding = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateDueReminders());
        }

        reminding.Stop();
        await using var count = db.CreateCommand("SELECT count(*) FROM notifications.notifications");
        var reminders = Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);

        if (!print)
        {
            return;
        }

        Console.WriteLine($"relay into Notifications: {relay.Elapsed.TotalMilliseconds,7:F0} ms for {relayed:N0} events ({relayed / relay.Elapsed.TotalSeconds:N0} a second), each tracked and reminded on arrival");
        Console.WriteLine($"next reminder run       : {reminding.Elapsed.TotalMilliseconds,7:F0} ms; {reminders:N0} reminders in inboxes (overdue and escalation steps)");
    }

    /// <summary>Empties what Notifications kept from an earlier round, so each round starts alike.</summary>
    public static Task ResetAsync(NpgsqlDataSource db) => BenchmarkSql.ExecuteAsync(db,
        """
        DO $$ DECLARE t text; BEGIN
          FOR t IN SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
                   WHERE schemaname = 'notifications' AND tablename <> '__migrations_history' LOOP
            EXECUTE 'TRUNCATE ' || t || ' CASCADE';
          END LOOP;
        END $$
        """);
}
