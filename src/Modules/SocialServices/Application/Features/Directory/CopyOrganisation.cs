using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.OperativeForums.Contracts;
using Samverkan.SocialServices.Domain.Directory;

namespace Samverkan.SocialServices.Application.Features.Directory;

/// <summary>Keeps this module's copy of the directory's organisations: it names the unit that answers for a deadline.</summary>
internal sealed class CopyOrganisation(ISocialServicesDbContext db, TimeProvider time) : IIntegrationEventHandler<OrganisationRegistered>
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
