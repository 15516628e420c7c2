using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Directory;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.OperativeForums.Contracts;
using Samverkan.SchoolAttendance.Domain.Directory;

namespace Samverkan.SchoolAttendance.Application.Features.Directory;

/// <summary>Keeps this module's copy of the directory's districts.</summary>
internal sealed class CopyDistrict(ISchoolAttendanceDbContext db) : IIntegrationEventHandler<DistrictRegistered>
{
    public async Task Handle(DistrictRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (!await db.KnownDistricts.AnyAsync(d => d.Code == integrationEvent.DistrictCode, cancellationToken))
        {
            db.KnownDistricts.Add(new KnownDistrict(integrationEvent.DistrictCode, integrationEvent.Name));
        }
    }
}

/// <summary>Keeps this module's copy of the directory's organisations.</summary>
internal sealed class CopyOrganisation(ISchoolAttendanceDbContext db, TimeProvider time) : IIntegrationEventHandler<OrganisationRegistered>
{
    public Task Handle(OrganisationRegistered e, CancellationToken cancellationToken) =>
        DirectoryCopy.KeepAsync(db.KnownOrganisations, new(e.OrganisationId, e.Name, e.Kind, e.IsIndependent, e.DistrictCodes, time.GetUtcNow(), e.OrganiserId), cancellationToken);
}
