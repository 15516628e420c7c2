using Microsoft.EntityFrameworkCore;
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
    public async Task Handle(OrganisationRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var existing = await db.KnownOrganisations.FindAsync([integrationEvent.OrganisationId], cancellationToken);
        if (existing is not null)
        {
            db.KnownOrganisations.Remove(existing);
        }

        db.KnownOrganisations.Add(new KnownOrganisation(
            integrationEvent.OrganisationId, integrationEvent.Name, integrationEvent.Kind, integrationEvent.IsIndependent, integrationEvent.DistrictCodes, time.GetUtcNow(),
            integrationEvent.OrganiserId));
    }
}
