using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.OperativeForums.Application;
using Samverkan.OperativeForums.Contracts;
using Samverkan.OperativeForums.Domain.Agreements;
using Samverkan.OperativeForums.Domain.Contacts;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Infrastructure.Persistence;

internal sealed class OperativeForumsDbContext(DbContextOptions<OperativeForumsDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), IOperativeForumsDbContext
{
    public override string ModuleName => OperativeForumsModule.Name;

    public override string Schema => OperativeForumsModule.Schema;

    public DbSet<District> Districts => Set<District>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Forum> Forums => Set<Forum>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<SchoolContactPerson> SchoolContactPersons => Set<SchoolContactPerson>();

    public DbSet<CollaborationAgreement> CollaborationAgreements => Set<CollaborationAgreement>();

    public DbSet<CalendarSubscription> CalendarSubscriptions => Set<CalendarSubscription>();
}
