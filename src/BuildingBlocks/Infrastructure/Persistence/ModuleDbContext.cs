using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's own schema, plus its outbox, inbox and audit tables,
/// which therefore always commit in the same transaction as the module's data, its deadlines, and the stored
/// answers to requests sent with an Idempotency-Key.
/// </summary>
public abstract class ModuleDbContext : DbContext, IModuleDbContext
{
    private readonly ModuleDbContextDependencies _dependencies;

    // Kept out of the change tracker: a listed page audits every child on it, and one INSERT for the page is far
    // cheaper than an entity per row through it (docs/benchmarks.md, API benchmark). A write's few rows join EF's
    // batch at the save instead (JoinAuditToChangesBatch).
    private readonly List<AuditEntry> _pendingAudit = [];

    // A write audits one row or a few; a listed page audits dozens. A chosen bound between the two, not a measured
    // break-even: up to it the rows ride in EF's batch, beyond it they keep the one INSERT for the page.
    private const int AuditRowsInChangesBatch = 8;

    protected ModuleDbContext(DbContextOptions options, ModuleDbContextDependencies dependencies)
        : base(options)
    {
        _dependencies = dependencies;
        // EF would wrap every SaveChanges inside a transaction in a savepoint of its own, two round trips, so the
        // transaction could go on after a failed save. Ours never does: the unit of work rolls back, the idempotency
        // middleware and the inbox delivery roll back to savepoints of their own.
        Database.AutoSavepointsEnabled = false;
        ChangeTracker.Tracked += (_, tracked) =>
        {
            if (tracked.FromQuery && AggregateVersioning.ResourceName(tracked.Entry.Metadata) is not null)
            {
                _dependencies.ExpectedVersions.OnLoaded(tracked.Entry);
            }
        };
    }

    public abstract string ModuleName { get; }

    public abstract string Schema { get; }

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public void AddIntegrationEvent(IntegrationEvent integrationEvent) => OutboxMessages.Add(ToOutboxMessage(integrationEvent));

    /// <summary>
    /// Writes many events to the outbox at once, in the current transaction, with PostgreSQL's binary COPY: for
    /// set-based work (the deadline check) where tracking thousands of rows would cost more than the work
    /// itself. COPY took a tenth of the time of one INSERT from unnest(...) arrays (docs/benchmarks.md).
    /// </summary>
    public async Task WriteIntegrationEventsAsync(IReadOnlyCollection<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)Database.GetDbConnection();
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {Schema}.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var message in integrationEvents.Select(ToOutboxMessage))
        {
            await import.StartRowAsync(cancellationToken);
            await import.WriteAsync(message.Id, NpgsqlDbType.Uuid, cancellationToken);
            await import.WriteAsync(message.Type, NpgsqlDbType.Varchar, cancellationToken);
            await import.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, cancellationToken);
            await import.WriteAsync(message.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await import.WriteAsync(message.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await import.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
        }

        await import.CompleteAsync(cancellationToken);
    }

    public void AddAuditEntry(AuditRecord record)
    {
        var user = _dependencies.CurrentUser;
        var userId = user.IsAuthenticated ? user.UserId : "system";
        // Sign-in refuses such users already; this keeps an entry that names nobody (or does not fit) out of
        // the audit log whatever path a request took.
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > ClaimLimits.UserIdLength)
        {
            throw new InvalidOperationException("An audit entry needs the acting user's id, and this request has none that fits.");
        }

        _pendingAudit.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = _dependencies.Time.GetUtcNow(),
            UserId = userId,
            OrganisationId = user.IsAuthenticated ? user.OrganisationId : null,
            SubjectType = record.SubjectType,
            SubjectId = record.SubjectId,
            Operation = record.Operation,
            Purpose = record.Purpose,
        });
    }

    public void RequireUnchangedUntilSaved(object aggregate) =>
        Entry(aggregate).Property(AggregateVersioning.PropertyName).IsModified = true;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        DeadlineEventWriter.Collect(ChangeTracker, ModuleName, _dependencies.Time.GetUtcNow()).ForEach(AddIntegrationEvent);
        await _dependencies.ExpectedVersions.VerifyAsync(this, cancellationToken);
        var roots = AggregateVersioning.BumpVersions(ChangeTracker);
        JoinAuditToChangesBatch();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _dependencies.ExpectedVersions.OnSaved(roots);
        return saved + await AuditWriter.WriteAsync(this, _pendingAudit, cancellationToken);
    }

    // A write sends its changes in one batch anyway; its few audit rows go along in that batch instead of a round
    // trip of their own after it (recording an absence +5-14 % req/s, docs/benchmarks.md). A read saves nothing
    // else, so its audit rows stay AuditWriter's one INSERT.
    private void JoinAuditToChangesBatch()
    {
        if (_pendingAudit.Count == 0 || _pendingAudit.Count > AuditRowsInChangesBatch || !ChangeTracker.HasChanges())
        {
            return;
        }

        AuditEntries.AddRange(_pendingAudit);
        _pendingAudit.Clear();
    }

    private OutboxMessage ToOutboxMessage(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        Type = _dependencies.Serializer.TypeName(integrationEvent),
        Payload = _dependencies.Serializer.Serialize(integrationEvent),
        OccurredAt = integrationEvent.OccurredAt,
        NextAttemptAt = integrationEvent.OccurredAt,
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new DeadlineConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
    }

    // Handlers of domain events may change more aggregates and so raise more events: repeat until quiet.
    private async Task DispatchDomainEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var aggregates = ChangeTracker.Entries<AggregateRoot>()
                .Select(entry => entry.Entity)
                .Where(aggregate => aggregate.DomainEvents.Count > 0)
                .ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(aggregate => aggregate.DomainEvents).ToList();
            aggregates.ForEach(aggregate => aggregate.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await _dependencies.DomainEvents.DispatchAsync(domainEvent, cancellationToken);
            }
        }
    }
}
