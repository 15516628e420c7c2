using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Endpoints;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>
/// Makes an endpoint marked <c>.Idempotent()</c> safe to retry (docs/adr/0011). A request with an
/// Idempotency-Key claims (user, key) with a row in the owning module's idempotency_keys table inside a
/// transaction on that module's DbContext; the handler's unit of work joins it, and the answer is stored in
/// the same commit as the work. A second request with the key waits on that row (PostgreSQL's unique index,
/// so also across Host instances) and then replays the stored answer: status, body, Location, ETag. The same
/// key with another method, address or body is a 422. A 4xx answer is stored and replayed (the request was
/// refused and changed nothing, and resending it is refused the same way); a 5xx or an unanswered failure is
/// not stored, so a retry runs anew. Without the header a request runs as any other.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider time, IOptions<IdempotencyOptions> options, OutboxSignal outboxSignal)
{
    private const string Savepoint = "idempotent_request";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IdempotentEndpoint>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyKey.HeaderName, out var values))
        {
            await next(context);
            return;
        }

        var user = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (!user.IsAuthenticated)
        {
            // Authorisation has already refused anonymous callers of these endpoints; nothing to key by.
            await next(context);
            return;
        }

        var (key, error) = values.Count == 1 ? IdempotencyKey.Parse(values[0] ?? string.Empty) : (null, $"Send one {IdempotencyKey.HeaderName} header.");
        if (key is null)
        {
            await context.WriteProblemAsync(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [IdempotencyKey.HeaderName] = [error!] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid",
                Detail = "See errors: each names a field and what is wrong with it.",
            });
            return;
        }

        var store = endpoint.Metadata.GetMetadata<IdempotencyStore>()
            ?? throw new InvalidOperationException($"{endpoint.DisplayName} is idempotent but its module group names no idempotency store (KeepsIdempotencyKeysIn).");
        var db = (ModuleDbContext)context.RequestServices.GetRequiredService(store.DbContextType);
        var cancellationToken = context.RequestAborted;
        var requestHash = await RequestHashAsync(context.Request, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(db, user.UserId, key, requestHash, cancellationToken))
        {
            var first = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.UserId == user.UserId && r.Key == key, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            if (first.RequestHash == requestHash)
            {
                await ReplayAsync(context.Response, first, cancellationToken);
            }
            else
            {
                await context.WriteProblemAsync(new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = $"{IdempotencyKey.HeaderName} already used for another request",
                    Detail = $"This {IdempotencyKey.HeaderName} was sent before with another method, address or body. Send a new key for a new request.",
                    Extensions = { ["header"] = IdempotencyKey.HeaderName },
                });
            }

            return;
        }

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        await RunAndStoreAsync(context, db, transaction, user.UserId, key);
    }

    private async Task RunAndStoreAsync(HttpContext context, ModuleDbContext db, IDbContextTransaction transaction, string userId, string key)
    {
        var cancellationToken = context.RequestAborted;
        var response = context.Response;
        var realBody = response.Body;
        await using var buffer = new MemoryStream();
        response.Body = buffer;
        var wroteOutbox = false;
        try
        {
            try
            {
                await next(context);
                wroteOutbox = await ModuleChanges.SaveAsync(db, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Undo the handler's work but keep the claim, so a waiting retry replays this answer.
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                db.ChangeTracker.Clear();
                response.Clear();
                buffer.SetLength(0);
                if (!await AnswerFailureAsync(context, exception))
                {
                    throw;
                }
            }

            if (response.StatusCode >= StatusCodes.Status500InternalServerError)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                await StoreAsync(db, userId, key, response, buffer.ToArray(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (wroteOutbox)
                {
                    outboxSignal.Notify();
                }
            }
        }
        finally
        {
            response.Body = realBody;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(realBody, cancellationToken);
    }

    /// <summary>
    /// Turns the failure into the answer the Host's exception handlers give it (a problem response), as the
    /// exception middleware would, but inside the transaction, so a 4xx can be stored with the claim.
    /// </summary>
    private static async Task<bool> AnswerFailureAsync(HttpContext context, Exception exception)
    {
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Inserts the claim, or waits for the transaction holding another claim of the same (user, key) to end. An
    /// expired claim no longer counts, even before the purge removes it.
    /// </summary>
    private async Task<bool> ClaimAsync(ModuleDbContext db, string userId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // The schema is the module's own constant, never input; the values go in as parameters.
        var deleteExpiredSql = $"DELETE FROM {db.Schema}.idempotency_keys WHERE user_id = {{0}} AND key = {{1}} AND expires_at <= {{2}}";
        var claimSql = $$"""
            INSERT INTO {{db.Schema}}.idempotency_keys (user_id, key, request_hash, status_code, body, created_at, expires_at)
            VALUES ({0}, {1}, {2}, 0, ''::bytea, {3}, {4})
            ON CONFLICT (user_id, key) DO NOTHING
            """;
        await db.Database.ExecuteSqlRawAsync(deleteExpiredSql, [userId, key, now], cancellationToken);
        var inserted = await db.Database.ExecuteSqlRawAsync(
            claimSql, [userId, key, requestHash, now, now + options.Value.KeepKeysFor], cancellationToken);
        return inserted == 1;
    }

    private static Task StoreAsync(ModuleDbContext db, string userId, string key, HttpResponse response, byte[] body, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>()
            .Where(r => r.UserId == userId && r.Key == key)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.StatusCode, response.StatusCode)
                    .SetProperty(r => r.ContentType, response.ContentType)
                    .SetProperty(r => r.Location, response.Headers.Location.Count > 0 ? response.Headers.Location.ToString() : null)
                    .SetProperty(r => r.ETag, response.Headers.ETag.Count > 0 ? response.Headers.ETag.ToString() : null)
                    .SetProperty(r => r.Body, body),
                cancellationToken);

    private static async Task ReplayAsync(HttpResponse response, IdempotencyRecord first, CancellationToken cancellationToken)
    {
        response.StatusCode = first.StatusCode;
        response.ContentType = first.ContentType;
        if (first.Location is not null)
        {
            response.Headers.Location = first.Location;
        }

        if (first.ETag is not null)
        {
            response.Headers.ETag = first.ETag;
        }

        await response.Body.WriteAsync(first.Body, cancellationToken);
    }

    /// <summary>SHA-256 of method, address (path and query) and body; the body stays readable for the endpoint.</summary>
    private static async Task<string> RequestHashAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.PathBase}{request.Path}{request.QueryString}\n"));
        request.EnableBuffering();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
