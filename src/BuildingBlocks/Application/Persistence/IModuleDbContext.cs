using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Contracts;
using Samverkan.BuildingBlocks.Domain.Deadlines;

namespace Samverkan.BuildingBlocks.Application.Persistence;

/// <summary>
/// What every module's DbContext offers its handlers besides its own sets: an outbox and an audit trail
/// that are saved in the same transaction as the change itself.
/// </summary>
public interface IModuleDbContext
{
    /// <summary>The module's deadlines; opening, meeting or extending one publishes its event on save.</summary>
    DbSet<Deadline> Deadlines { get; }

    /// <summary>Queues an event in this module's outbox; it leaves the module only after commit.</summary>
    void AddIntegrationEvent(IntegrationEvent integrationEvent);

    /// <summary>Records who read or changed whose data, and why (domain.md, "Audit").</summary>
    void AddAuditEntry(AuditRecord record);

    /// <summary>
    /// The change being made rests on <paramref name="aggregate"/> as it was read (an investigation still open when
    /// an intervention starts): saving raises its version too, so a change to it saved meanwhile makes this save a
    /// 409 instead of acting on what is no longer true (docs/adr/0010).
    /// </summary>
    void RequireUnchangedUntilSaved(object aggregate);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
