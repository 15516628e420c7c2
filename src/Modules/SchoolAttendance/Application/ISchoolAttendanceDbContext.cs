using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SchoolAttendance.Domain.Directory;

namespace Samverkan.SchoolAttendance.Application;

/// <summary>The SchoolAttendance module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface ISchoolAttendanceDbContext : IModuleDbContext
{
    DbSet<KnownDistrict> KnownDistricts { get; }

    DbSet<KnownOrganisation> KnownOrganisations { get; }
}
