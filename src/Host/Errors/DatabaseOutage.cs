using Npgsql;

namespace Samverkan.Host.Errors;

/// <summary>
/// Tells an unreachable database (refused or broken connection, timeout, a server shutting down or refusing
/// connections) from a request's own fault, so the caller gets 503 with Retry-After rather than a 500, and the
/// log gets one warning per minute of outage rather than an error with a stack for every request.
/// </summary>
internal sealed partial class DatabaseOutage(TimeProvider time, ILogger<DatabaseOutage> logger)
{
    /// <summary>Readiness sees the database back within a second of its return; a client waits a little longer.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly TimeSpan LogAtMostEvery = TimeSpan.FromMinutes(1);

    // Class 08 connection exceptions; 57P01-03 the server shutting down or starting; 53300 no connection slots.
    private static readonly string[] UnreachableStates = ["57P01", "57P02", "57P03", "53300"];

    private readonly Lock _gate = new();
    private DateTimeOffset? _lastLogged;

    public static bool IsUnreachable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || UnreachableStates.Contains(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }

    public void Report(Exception exception)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_lastLogged is { } last && now - last < LogAtMostEvery && now >= last)
            {
                return;
            }

            _lastLogged = now;
        }

        LogUnreachable(exception.GetType().Name);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached ({ExceptionType}); requests are answered 503 until it is back")]
    private partial void LogUnreachable(string exceptionType);
}
