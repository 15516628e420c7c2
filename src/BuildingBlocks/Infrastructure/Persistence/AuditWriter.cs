using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Writes a request's audit entries in one statement, in the DbContext's current transaction (or on its own
/// when a read has none): one row per child read or listed, the whole page in a single round trip.
/// </summary>
internal static class AuditWriter
{
    public static async Task<int> WriteAsync(ModuleDbContext db, List<AuditEntry> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return 0;
        }

        // The statement text depends only on the schema, so PostgreSQL and Npgsql can prepare and reuse it.
        var written = await db.Database.ExecuteSqlRawAsync(
            InsertInto(db.Schema),
            [
                Array("ids", NpgsqlDbType.Uuid, pending.ConvertAll(e => e.Id)),
                Array("occurred", NpgsqlDbType.TimestampTz, pending.ConvertAll(e => e.OccurredAt)),
                Array("users", NpgsqlDbType.Text, pending.ConvertAll(e => e.UserId)),
                Array("organisations", NpgsqlDbType.Uuid, pending.ConvertAll(e => e.OrganisationId)),
                Array("types", NpgsqlDbType.Text, pending.ConvertAll(e => e.SubjectType)),
                Array("subjects", NpgsqlDbType.Uuid, pending.ConvertAll(e => e.SubjectId)),
                Array("operations", NpgsqlDbType.Text, pending.ConvertAll(e => e.Operation)),
                Array("purposes", NpgsqlDbType.Text, pending.ConvertAll(e => e.Purpose)),
            ],
            cancellationToken);
        pending.Clear();
        return written;
    }

    // The schema is the module's own constant (ModuleDbContext.Schema), never input.
    private static string InsertInto(string schema) =>
        $"""
        INSERT INTO {schema}.audit_entries (id, occurred_at, user_id, organisation_id, subject_type, subject_id, operation, purpose)
        SELECT * FROM unnest(@ids, @occurred, @users, @organisations, @types, @subjects, @operations, @purposes)
        """;

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType elementType, List<T> values) =>
        new(name, NpgsqlDbType.Array | elementType) { Value = values.ToArray() };
}
