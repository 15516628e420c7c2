using Mapster;
using Samverkan.SocialServices.Application.Features.Intakes.ListIntakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Mapping;

/// <summary>
/// The module's entity-to-DTO maps, built once and registered as a singleton of this type. Only the pairs
/// named here map, and every DTO member must have a source.
/// </summary>
internal sealed class SocialServicesMapping
{
    public TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.NewConfig<Intake, IntakeSummaryDto>();
        return config;
    }
}
