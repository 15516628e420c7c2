using Npgsql;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>
/// One real PostgreSQL database for this test assembly, on the throw-away cluster build/test.sh starts
/// (SAMVERKAN_TEST_POSTGRES: a connection string with rights to create databases). Each assembly gets its
/// own database, so test projects can run side by side; tests reset it with Respawn.
/// </summary>
public static class TestDatabase
{
    private static readonly Lazy<string> Server = new(() =>
        Environment.GetEnvironmentVariable("SAMVERKAN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("SAMVERKAN_TEST_POSTGRES is not set: run the tests with build/test.sh, which starts a PostgreSQL cluster."));

    public static string ConnectionString { get; private set; } = string.Empty;

    public static async Task CreateAsync(string name)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server.Value);
        await using (var admin = new NpgsqlConnection(Server.Value))
        {
            await admin.OpenAsync();
            await Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await Execute(admin, $"CREATE DATABASE {name}");
        }

        builder.Database = name;
        ConnectionString = builder.ConnectionString;
    }

    /// <summary>Empties the module schemas (not the migration histories, not Hangfire's schema): DatabaseReset.</summary>
    public static Task ResetAsync() => DatabaseReset.ResetAsync(ConnectionString);

    public static async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A count that is 0 while its table does not exist yet (the Host creates Hangfire's at start-up).</summary>
    public static async Task<long> CountOrZeroAsync(string sql)
    {
        try
        {
            return await ScalarAsync<long>(sql);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    public static async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
