using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Directory;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.OperativeForums.Contracts;

namespace Samverkan.SchoolAttendance.Application.Features.Directory;

/// <summary>Keeps this module's copy of the directory's districts.</summary>
internal sealed class CopyDistrict(ISchoolAttendanceDbContext db) : IIntegrationEventHandler<DistrictRegistered>
{
    public Task Handle(DistrictRegistered e, CancellationToken cancellationToken) =>
        DirectoryCopy.KeepAsync(db.KnownDistricts, new(e.DistrictCode, e.Name), cancellationToken);
}

/// <summary>Keeps this module's copy of the directory's organisations.</summary>
internal sealed class CopyOrganisation(ISchoolAttendanceDbContext db, TimeProvider time) : IIntegrationEventHandler<OrganisationRegistered>
{
    public Task Handle(OrganisationRegistered e, CancellationToken cancellationToken) =>
        DirectoryCopy.KeepAsync(db.KnownOrganisations, new(e.OrganisationId, e.Name, e.Kind, e.IsIndependent, e.DistrictCodes, time.GetUtcNow(), e.OrganiserId), cancellationToken);
}
