using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Samverkan.Host.Security;

/// <summary>
/// ASP.NET Core's data-protection keys (they encrypt the admin console's cookie, its antiforgery tokens and the
/// identity provider's sign-in state) in the Samverkan database, so every Host reads the same key ring: a cookie
/// one Host wrote is read by another, and keys survive a redeploy. By default the framework keeps them under the
/// process's home directory, one key ring per machine. The table is created on first use under a transaction
/// advisory lock (Hosts starting together take turns), since the framework may read the key ring before the
/// start-up migrations run; it belongs to no module, and no module reads it.
/// </summary>
internal sealed class DatabaseKeyRepository(string connectionString) : IXmlRepository
{
    // "dpks" in ASCII: distinct from the migration and scheduler locks.
    private const long LockKey = 0x64706b73;

    private const string CreateSql = """
        CREATE SCHEMA IF NOT EXISTS data_protection;
        CREATE TABLE IF NOT EXISTS data_protection.keys (
            friendly_name character varying(200) NOT NULL,
            xml text NOT NULL,
            created_at timestamp with time zone NOT NULL DEFAULT now(),
            CONSTRAINT pk_keys PRIMARY KEY (friendly_name)
        );
        """;

    private volatile bool _created;

    // The framework calls these synchronously and rarely (at start and when its cached key ring expires), so
    // plain synchronous Npgsql calls suffice.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        using var command = new NpgsqlCommand("SELECT xml FROM data_protection.keys ORDER BY created_at", connection);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = Open();
        // A name is a key's id: the same key stored again (a retried start) changes nothing.
        using var command = new NpgsqlCommand(
            "INSERT INTO data_protection.keys (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING", connection);
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        if (!_created)
        {
            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey}); {CreateSql}", connection, transaction))
            {
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            _created = true;
        }

        return connection;
    }
}
