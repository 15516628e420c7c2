using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Interventions.ListInterventionKinds;

internal sealed record ListInterventionKinds : IQuery<IReadOnlyList<InterventionKind>>;

/// <summary>The catalogue of interventions, for anyone signed in: no personal data.</summary>
internal sealed class ListInterventionKindsHandler : IQueryHandler<ListInterventionKinds, IReadOnlyList<InterventionKind>>
{
    public Task<IReadOnlyList<InterventionKind>> Handle(ListInterventionKinds query, CancellationToken cancellationToken) =>
        Task.FromResult(InterventionCatalogue.All);
}
