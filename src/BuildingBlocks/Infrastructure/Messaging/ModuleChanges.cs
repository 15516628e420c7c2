using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

internal static class ModuleChanges
{
    /// <summary>
    /// Saves a request's tracked changes; true when they include outbox rows, so the relay can be woken once the
    /// transaction commits. Used by UnitOfWorkBehaviour and by IdempotencyMiddleware, which owns the
    /// transaction of a request sent with an Idempotency-Key.
    /// </summary>
    public static async Task<bool> SaveAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        var wroteOutbox = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        await db.SaveChangesAsync(cancellationToken);
        return wroteOutbox;
    }
}
