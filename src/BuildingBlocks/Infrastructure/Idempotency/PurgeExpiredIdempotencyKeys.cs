using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>
/// Removes expired idempotency keys and their stored answers from every module. Hourly rather than nightly:
/// the answers can hold personal data, kept no longer than Idempotency:KeepKeysFor plus at most an hour.
/// An expired key is already treated as new before this runs.
/// </summary>
public sealed record PurgeExpiredIdempotencyKeys : IRequest<Unit>
{
    public const string JobName = "purge-expired-idempotency-keys";

    public const string DefaultCron = "40 * * * *";
}

internal sealed class PurgeExpiredIdempotencyKeysHandler(ModuleRegistry modules, IServiceProvider services, TimeProvider time)
    : IRequestHandler<PurgeExpiredIdempotencyKeys, Unit>
{
    public async Task<Unit> Handle(PurgeExpiredIdempotencyKeys request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var db in modules.DbContexts(services))
        {
            await db.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
