using Samverkan.BuildingBlocks.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.SchoolAttendance.Application;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Reports;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence;

internal sealed class SchoolAttendanceDbContext(DbContextOptions<SchoolAttendanceDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), ISchoolAttendanceDbContext
{
    public override string ModuleName => SchoolAttendanceModule.Name;

    public override string Schema => SchoolAttendanceModule.Schema;

    public DbSet<KnownDistrict> KnownDistricts => Set<KnownDistrict>();

    public DbSet<KnownOrganisation> KnownOrganisations => Set<KnownOrganisation>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<Suspension> Suspensions => Set<Suspension>();

    public DbSet<ReportOfConcern> ReportsOfConcern => Set<ReportOfConcern>();

    public DbSet<EntitledStatus> EntitledStatuses => Set<EntitledStatus>();

    public DbSet<AbsenceLadderStep> AbsenceLadderSteps => Set<AbsenceLadderStep>();

    public DbSet<AbsencePeriod> AbsencePeriods => Set<AbsencePeriod>();

    public DbSet<AbsenceStep> AbsenceSteps => Set<AbsenceStep>();

    public async Task LockPupilAsync(Guid pupilId, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({pupilId.ToString()}, 0))", cancellationToken);
}
