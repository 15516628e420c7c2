using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application;

/// <summary>The Notifications module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface INotificationsDbContext : IModuleDbContext
{
    DbSet<TrackedDeadline> TrackedDeadlines { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<MailAddress> MailAddresses { get; }

    /// <summary>Decided and met-on-time counts per district, organisation and kind; read only (docs/adr/0026).</summary>
    DbSet<DeadlinePunctuality> Punctuality { get; }

    /// <summary>
    /// Inserts the notification unless one with its deduplication key exists, at once and in the current
    /// transaction; several Hosts writing the same reminder end with one. True when this call wrote it.
    /// </summary>
    Task<bool> AddOnceAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>As <see cref="AddOnceAsync(Notification, CancellationToken)"/> for many, in one statement; how many this call wrote.</summary>
    Task<int> AddOnceAsync(IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>
    /// The tracked deadlines with these ids, untracked, each with the version it was read at: a batch of deadline
    /// events reads them in one query and writes them back with <see cref="SaveTrackedDeadlinesAsync"/>.
    /// </summary>
    Task<List<VersionedDeadline>> ReadTrackedDeadlinesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Writes these deadlines in one statement, at once and in the current transaction: new ones (no version read)
    /// inserted, the others updated if still at the version read. Otherwise, as EF would, it throws
    /// DbUpdateConcurrencyException and writes nothing (docs/adr/0010).
    /// </summary>
    Task SaveTrackedDeadlinesAsync(IReadOnlyCollection<VersionedDeadline> deadlines, CancellationToken cancellationToken);

    /// <summary>Outstanding deadlines with a reminder step due by <paramref name="today"/>, locked for this run.</summary>
    Task<List<TrackedDeadline>> ClaimDueForRemindersAsync(DateOnly today, int limit, CancellationToken cancellationToken);
}

/// <summary>A tracked deadline as read, with its version then; null for one not stored yet.</summary>
public sealed record VersionedDeadline(TrackedDeadline Deadline, long? ReadVersion);
