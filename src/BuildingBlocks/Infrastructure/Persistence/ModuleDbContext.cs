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

    public void AddIntegrationEvent(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = dependencies.Serializer.TypeName(integrationEvent),
            Payload = dependencies.Serializer.Serialize(integrationEvent),
            OccurredAt = integrationEvent.OccurredAt,
            NextAttemptAt = integrationEvent.OccurredAt,
        });

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
