using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.Bus.Application;
using Samverkan.Bus.Contracts;
using Samverkan.Bus.Domain.Analysis;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Domain.Meetings;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Domain.Routines;
using Samverkan.Bus.Domain.Spider;

namespace Samverkan.Bus.Infrastructure.Persistence;

internal sealed class BusDbContext(DbContextOptions<BusDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), IBusDbContext
{
    public override string ModuleName => BusModule.Name;

    public override string Schema => BusModule.Schema;

    public DbSet<BusGroup> Groups => Set<BusGroup>();

    public DbSet<CatalogueEntry> CatalogueEntries => Set<CatalogueEntry>();

    public DbSet<Deviation> Deviations => Set<Deviation>();

    public DbSet<SpiderMeasurement> SpiderMeasurements => Set<SpiderMeasurement>();

    public DbSet<GoverningDocument> GoverningDocuments => Set<GoverningDocument>();

    public DbSet<AgendaTemplate> AgendaTemplates => Set<AgendaTemplate>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<SipActivity> SipActivities => Set<SipActivity>();

    public DbSet<IndividualCase> IndividualCases => Set<IndividualCase>();

    public DbSet<RoutineVersion> RoutineVersions => Set<RoutineVersion>();

    public async Task LockCoverageAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('bus-coverage', 0))", cancellationToken);
}
