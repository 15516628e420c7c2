using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Inbox;

/// <summary>
/// The inbox rows that prove a handler had an event, written in the handler's own transaction. A row that is
/// there already means the handler had the event before (or a racing delivery holds it, which this waits for).
/// The schema is the module's own constant, never input; the values go in as parameters.
/// </summary>
internal static class InboxRows
{
    /// <returns>True when the row is new, i.e. the handler has not had the event.</returns>
    public static async Task<bool> InsertAsync(ModuleDbContext db, Guid messageId, string handler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {db.Schema}.inbox_messages (message_id, handler, processed_at) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
        return await db.Database.ExecuteSqlRawAsync(sql, [messageId, handler, now], cancellationToken) == 1;
    }

    /// <summary>All of a batch's rows in one statement.</summary>
    /// <returns>The ids whose rows are new: the events the handler has not had.</returns>
    public static async Task<HashSet<Guid>> InsertAsync(ModuleDbContext db, IReadOnlyCollection<Guid> messageIds, string handler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO {db.Schema}.inbox_messages (message_id, handler, processed_at)
            SELECT id, $2, $3 FROM unnest($1::uuid[]) AS id
            ON CONFLICT DO NOTHING
            RETURNING message_id
            """,
            connection,
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        command.Parameters.Add(new NpgsqlParameter { Value = messageIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = handler });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        var fresh = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            fresh.Add(reader.GetGuid(0));
        }

        return fresh;
    }
}
