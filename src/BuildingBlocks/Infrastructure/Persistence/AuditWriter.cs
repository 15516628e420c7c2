using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Writes a request's audit entries in one statement, in the DbContext's current transaction (or on its own
/// when a read has none): one row per child read or listed, the whole page in a single round trip. A plain
/// Npgsql command with positional parameters, as InboxRows writes a batch: the schema is each module's, so the
/// text cannot be EF's parameterised interpolation, and positional parameters spare Npgsql rewriting named ones.
/// </summary>
internal static class AuditWriter
{
    public static async Task<int> WriteAsync(ModuleDbContext db, List<AuditEntry> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(InsertInto(db.Schema), (NpgsqlConnection)db.Database.GetDbConnection())
            {
                Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
                Parameters =
                {
                    Array(NpgsqlDbType.Uuid, pending.ConvertAll(e => e.Id)),
                    Array(NpgsqlDbType.TimestampTz, pending.ConvertAll(e => e.OccurredAt)),
                    Array(NpgsqlDbType.Text, pending.ConvertAll(e => e.UserId)),
                    Array(NpgsqlDbType.Uuid, pending.ConvertAll(e => e.OrganisationId)),
                    Array(NpgsqlDbType.Text, pending.ConvertAll(e => e.SubjectType)),
                    Array(NpgsqlDbType.Uuid, pending.ConvertAll(e => e.SubjectId)),
                    Array(NpgsqlDbType.Text, pending.ConvertAll(e => e.Operation)),
                    Array(NpgsqlDbType.Text, pending.ConvertAll(e => e.Purpose)),
                },
            };
            var written = await command.ExecuteNonQueryAsync(cancellationToken);
            pending.Clear();
            return written;
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    // The schema is the module's own constant (ModuleDbContext.Schema), never input.
    private static string InsertInto(string schema) =>
        $"""
        INSERT INTO {schema}.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation, purpose)
        SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8)
        """;

    private static NpgsqlParameter Array<T>(NpgsqlDbType elementType, List<T> values) =>
        new() { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = values.ToArray() };
}
