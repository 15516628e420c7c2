using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Bus.Domain.Analysis;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Domain.Meetings;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Domain.Routines;
using Samverkan.Bus.Domain.Spider;

namespace Samverkan.Bus.Application;

/// <summary>The Bus module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface IBusDbContext : IModuleDbContext
{
    DbSet<BusGroup> Groups { get; }

    DbSet<CatalogueEntry> CatalogueEntries { get; }

    DbSet<Deviation> Deviations { get; }

    DbSet<SpiderMeasurement> SpiderMeasurements { get; }

    DbSet<GoverningDocument> GoverningDocuments { get; }

    DbSet<AgendaTemplate> AgendaTemplates { get; }

    DbSet<Meeting> Meetings { get; }

    DbSet<SipActivity> SipActivities { get; }

    DbSet<IndividualCase> IndividualCases { get; }

    DbSet<RoutineVersion> RoutineVersions { get; }

    /// <summary>Serialises changes of coverage until the transaction ends, so that two cannot both take one district.</summary>
    Task LockCoverageAsync(CancellationToken cancellationToken);
}
