using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Directory;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Reports;
using Samverkan.SchoolAttendance.Domain.SocialServices;
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

    /// <summary>
    /// Adds one to the intervention's follow-ups in one UPDATE (follow_ups_held + 1) and reloads it, so
    /// follow-ups recorded at the same moment are all counted.
    /// </summary>
    Task CountFollowUpAsync(Intervention intervention, DateOnly heldOn, CancellationToken cancellationToken);

    DbSet<KnownDistrict> KnownDistricts { get; }

    DbSet<KnownOrganisation> KnownOrganisations { get; }

    DbSet<Pupil> Pupils { get; }

    DbSet<Suspension> Suspensions { get; }

    DbSet<ReportOfConcern> ReportsOfConcern { get; }

    DbSet<Intake> Intakes { get; }

    DbSet<Investigation> Investigations { get; }


    DbSet<Intervention> Interventions { get; }

    DbSet<AbsenceLadderStep> AbsenceLadderSteps { get; }

    DbSet<AbsencePeriod> AbsencePeriods { get; }

    DbSet<AbsenceStep> AbsenceSteps { get; }
}
