using Samverkan.BuildingBlocks.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Reports;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Application;

/// <summary>The SchoolAttendance module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface ISchoolAttendanceDbContext : IModuleDbContext
{
    /// <summary>
    /// Serialises decisions about one pupil until the current transaction ends, so two suspensions decided at
    /// the same moment cannot both pass a count that only one of them may.
    /// </summary>
    Task LockPupilAsync(Guid pupilId, CancellationToken cancellationToken);

    DbSet<KnownDistrict> KnownDistricts { get; }

    DbSet<KnownOrganisation> KnownOrganisations { get; }

    DbSet<Pupil> Pupils { get; }

    DbSet<Suspension> Suspensions { get; }

    DbSet<ReportOfConcern> ReportsOfConcern { get; }

    /// <summary>What social services told the school of its reports and notices (never the case itself).</summary>
    DbSet<EntitledStatus> EntitledStatuses { get; }

    DbSet<AbsenceLadderStep> AbsenceLadderSteps { get; }

    DbSet<AbsencePeriod> AbsencePeriods { get; }

    DbSet<AbsenceStep> AbsenceSteps { get; }
}
