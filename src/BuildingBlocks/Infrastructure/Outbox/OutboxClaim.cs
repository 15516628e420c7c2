using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Claims one batch of a module's due events, fairly between event types (docs/adr/0012): each type with
/// events waiting first gets an equal share of the batch, its oldest due events; what a type leaves unused
/// goes to the types that have more, oldest first. So a flood of one type (thousands of deadline events from
/// one command) cannot keep another type (a report of concern) waiting for more than one batch, and the flood
/// still moves at full batches when it is alone. Within a type the order is the outbox's order, oldest due
/// first; across types it is not kept.
/// </summary>
internal static class OutboxClaim
{
    /// <summary>Rows locked in the caller's transaction; other instances skip them and claim the next ones.</summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(ModuleDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await db.OutboxMessages
            .FromSqlRaw(SharesSql(db.Schema), now, batchSize)
            .ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return claimed;
        }

        // The types that came back with the most rows filled their share and may have more (one whose rows
        // another instance holds came back short): the room others left goes to those, in turn.
        var byType = claimed.GroupBy(m => m.Type).ToList();
        var fullTypes = byType.Where(g => g.Count() == byType.Max(t => t.Count())).Select(g => g.Key).ToList();
        foreach (var type in fullTypes)
        {
            var room = batchSize - claimed.Count;
            if (room <= 0)
            {
                break;
            }

            var taken = claimed.Select(m => m.Id).ToArray();
            claimed.AddRange(await db.OutboxMessages
                .FromSqlRaw(MoreOfTypeSql(db.Schema), type, now, taken, room)
                .ToListAsync(cancellationToken));
        }

        // Delivered in the order they fell due, as one module's consumers saw them before shares existed.
        return [.. claimed.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.OccurredAt)];
    }

    // The waiting types are found by walking the (type, next_attempt_at) index one type at a time (a loose
    // index scan, one probe per type, however many rows wait), then each type's share is read from the same
    // index; a share is the batch over the types with due events, rounded up.
    // The schema is the module's own constant, never input; the values go in as parameters.
    private static string SharesSql(string schema) => $$"""
        WITH RECURSIVE types AS (
            (SELECT type FROM {{schema}}.outbox_messages
             WHERE processed_at IS NULL AND parked_at IS NULL
             ORDER BY type LIMIT 1)
            UNION ALL
            SELECT (SELECT o.type FROM {{schema}}.outbox_messages o
                    WHERE o.processed_at IS NULL AND o.parked_at IS NULL AND o.type > types.type
                    ORDER BY o.type LIMIT 1)
            FROM types WHERE types.type IS NOT NULL
        ),
        due_types AS (
            SELECT types.type FROM types
            WHERE types.type IS NOT NULL AND EXISTS (
                SELECT 1 FROM {{schema}}.outbox_messages d
                WHERE d.type = types.type AND d.processed_at IS NULL AND d.parked_at IS NULL AND d.next_attempt_at <= {0})
        ),
        shares AS (
            SELECT type, ({1} + count(*) OVER () - 1) / count(*) OVER () AS share FROM due_types
        )
        SELECT claimed.* FROM shares
        CROSS JOIN LATERAL (
            SELECT * FROM {{schema}}.outbox_messages o
            WHERE o.type = shares.type AND o.processed_at IS NULL AND o.parked_at IS NULL AND o.next_attempt_at <= {0}
            ORDER BY o.next_attempt_at
            LIMIT shares.share
            FOR UPDATE SKIP LOCKED
        ) claimed
        """;

    // Rows this transaction locked already are not skipped by SKIP LOCKED, so they are excluded by id.
    private static string MoreOfTypeSql(string schema) => $$"""
        SELECT * FROM {{schema}}.outbox_messages
        WHERE type = {0} AND processed_at IS NULL AND parked_at IS NULL AND next_attempt_at <= {1} AND NOT (id = ANY({2}))
        ORDER BY next_attempt_at
        LIMIT {3}
        FOR UPDATE SKIP LOCKED
        """;
}
