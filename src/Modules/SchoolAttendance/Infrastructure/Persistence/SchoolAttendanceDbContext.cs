using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.SchoolAttendance.Application;
using Samverkan.SchoolAttendance.Contracts;
using Samverkan.SchoolAttendance.Domain.Directory;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence;

internal sealed class SchoolAttendanceDbContext(DbContextOptions<SchoolAttendanceDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), ISchoolAttendanceDbContext
{
    public override string ModuleName => SchoolAttendanceModule.Name;

    public override string Schema => SchoolAttendanceModule.Schema;

    public DbSet<KnownDistrict> KnownDistricts => Set<KnownDistrict>();

    public DbSet<KnownOrganisation> KnownOrganisations => Set<KnownOrganisation>();
}
