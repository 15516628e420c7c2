using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;

namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: the module's own schema, plus its outbox, inbox and audit tables,
/// which therefore always commit in the same transaction as the module's data, and its deadlines.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ModuleDbContextDependencies dependencies)
    : DbContext(options), IModuleDbContext
{
    public abstract string ModuleName { get; }

    public abstract string Schema { get; }

    public DbSet<Deadline> Deadlines => Set<Deadline>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public void AddIntegrationEvent(IntegrationEvent integrationEvent) => OutboxMessages.Add(ToOutboxMessage(integrationEvent));

    /// <summary>
    /// Writes many events to the outbox at once, in the current transaction, with one statement: for set-based
    /// work (the deadline check) where tracking thousands of rows would cost more than the work itself.
    /// </summary>
    public async Task WriteIntegrationEventsAsync(IReadOnlyCollection<IntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var messages = integrationEvents.Select(ToOutboxMessage).ToList();
        var insertSql = $$"""
            INSERT INTO {{Schema}}.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts)
            SELECT id, type, payload, at, at, 0 FROM unnest({0}::uuid[], {1}::text[], {2}::jsonb[], {3}::timestamptz[]) AS e(id, type, payload, at)
            """;
        await Database.ExecuteSqlRawAsync(
            insertSql,
            [messages.Select(m => m.Id).ToArray(), messages.Select(m => m.Type).ToArray(), messages.Select(m => m.Payload).ToArray(), messages.Select(m => m.OccurredAt).ToArray()],
            cancellationToken);
    }

    public void AddAuditEntry(AuditRecord record)
    {
        var user = dependencies.CurrentUser;
        AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(),
            OccurredAt = dependencies.Time.GetUtcNow(),
            UserId = user.IsAuthenticated ? user.UserId : "system",
            OrganisationId = user.IsAuthenticated ? user.OrganisationId : null,
            SubjectType = record.SubjectType,
            SubjectId = record.SubjectId,
            Operation = record.Operation,
            Purpose = record.Purpose,
        });
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        DeadlineEventWriter.Collect(ChangeTracker, ModuleName, dependencies.Time.GetUtcNow()).ForEach(AddIntegrationEvent);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private OutboxMessage ToOutboxMessage(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        Type = dependencies.Serializer.TypeName(integrationEvent),
        Payload = dependencies.Serializer.Serialize(integrationEvent),
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
                await dependencies.DomainEvents.DispatchAsync(domainEvent, cancellationToken);
            }
        }
    }
}
