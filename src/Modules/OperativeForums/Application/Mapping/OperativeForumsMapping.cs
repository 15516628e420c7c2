using Mapster;
using Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;
using Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;
using Samverkan.OperativeForums.Application.Features.Forums.ListForums;
using Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Mapping;

/// <summary>
/// The module's entity-to-DTO maps, built once and registered as a singleton of this type (not a bare
/// TypeAdapterConfig, so modules' configs cannot collide). Only the pairs named here map, and every DTO
/// member must have a source: a renamed property fails the mapping test rather than a response.
/// </summary>
internal sealed class OperativeForumsMapping
{
    public TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.NewConfig<District, DistrictDto>();
        // Written out: Mapster sets a record's explicitly mapped member twice (constructor and initialiser),
        // which in SQL reads the collection or the count twice.
        config.NewConfig<Organisation, OrganisationDto>().MapWith(o => new OrganisationDto(
            o.Id, o.Name, o.Kind, o.Organiser, o.IsIndependent, o.Districts.Select(d => d.DistrictCode).ToList()));
        config.NewConfig<Forum, ForumSummaryDto>().MapWith(f => new ForumSummaryDto(
            f.Id, f.DistrictCode, f.Name, f.Kind, f.ConveningOrganisationId, f.ExpectedMeetingsPerTerm, f.Memberships.Count(m => m.LeftOn == null)));
        config.NewConfig<Meeting, MeetingSummaryDto>();
        return config;
    }
}
