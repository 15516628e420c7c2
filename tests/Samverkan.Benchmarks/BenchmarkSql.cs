using System.Globalization;
using Npgsql;

namespace Samverkan.Benchmarks;

/// <summary>The benchmarks' own SQL: seeding and bulk maintenance may take minutes, so no command timeout.</summary>
internal static class BenchmarkSql
{
    public static async Task ExecuteAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
