using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.OperativeForums.Domain.Agreements;
using Samverkan.OperativeForums.Domain.Contacts;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application;

/// <summary>The OperativeForums module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface IOperativeForumsDbContext : IModuleDbContext
{
    DbSet<District> Districts { get; }

    DbSet<Organisation> Organisations { get; }

    DbSet<Forum> Forums { get; }

    DbSet<Meeting> Meetings { get; }

    DbSet<SchoolContactPerson> SchoolContactPersons { get; }

    DbSet<CollaborationAgreement> CollaborationAgreements { get; }

    DbSet<CalendarSubscription> CalendarSubscriptions { get; }
}
