using Samverkan.BuildingBlocks.Application.Directory;
using KnownDistrict = Samverkan.BuildingBlocks.Domain.Directory.KnownDistrict;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.OperativeForums.Contracts;
using Samverkan.Sip.Domain.Directory;

namespace Samverkan.Sip.Application.Features.Directory;

/// <summary>Keeps this module's copy of the directory's organisations: kind and districts decide who judges and approves.</summary>
internal sealed class CopyOrganisation(ISipDbContext db) : IIntegrationEventHandler<OrganisationRegistered>
{
    public async Task Handle(OrganisationRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var existing = await db.KnownOrganisations.FindAsync([integrationEvent.OrganisationId], cancellationToken);
        if (existing is not null)
        {
            db.KnownOrganisations.Remove(existing);
        }

        db.KnownOrganisations.Add(new KnownOrganisation(integrationEvent.OrganisationId, integrationEvent.Name, integrationEvent.Kind, [.. integrationEvent.DistrictCodes]));
    }
}

/// <summary>Keeps this module's copy of the directory's districts: the report of districts without a coordination function reads it.</summary>
internal sealed class CopyDistrict(ISipDbContext db) : IIntegrationEventHandler<DistrictRegistered>
{
    public Task Handle(DistrictRegistered e, CancellationToken cancellationToken) =>
        DirectoryCopy.KeepAsync(db.KnownDistricts, new(e.DistrictCode, e.Name), cancellationToken);
}
