using Samverkan.BuildingBlocks.Application.Directory;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.OperativeForums.Contracts;

namespace Samverkan.SocialServices.Application.Features.Directory;

/// <summary>Keeps this module's copy of the directory's organisations: it names the unit that answers for a deadline.</summary>
internal sealed class CopyOrganisation(ISocialServicesDbContext db, TimeProvider time) : IIntegrationEventHandler<OrganisationRegistered>
{
    public Task Handle(OrganisationRegistered e, CancellationToken cancellationToken) =>
        DirectoryCopy.KeepAsync(db.KnownOrganisations, new(e.OrganisationId, e.Name, e.Kind, e.IsIndependent, e.DistrictCodes, time.GetUtcNow(), e.OrganiserId), cancellationToken);
}
