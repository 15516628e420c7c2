using Samverkan.BuildingBlocks.Domain.Identity;
using Mapster;
using Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;
using Samverkan.SchoolAttendance.Application.Features.Suspensions.ListSuspensions;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Application.Mapping;

/// <summary>
/// The module's entity-to-DTO maps, built once and registered as a singleton of this type. Only the pairs
/// named here map, and every DTO member must have a source. A pupil's identity number and protected
/// identity are written out in one constructor call, never filled by matching names (see the sensitive-member test).
/// </summary>
internal sealed class SchoolAttendanceMapping
{
    public TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        // The school's own list of its pupils: the one summary that carries the identity number.
        config.NewConfig<Pupil, PupilSummaryDto>()
            .MapWith(p => new PupilSummaryDto(p.Id, p.PersonalIdentityNumber, p.SchoolForm, p.HasProtectedIdentity, p.HomeDistrictCode,
                // Day + 60 marks a samordningsnummer; written so the database evaluates it in the projection.
                "6789".Contains(p.PersonalIdentityNumber.Substring(6, 1)) ? IdentityNumberKinds.Samordningsnummer : IdentityNumberKinds.Personnummer));
        config.NewConfig<Suspension, SuspensionDto>();
        return config;
    }
}
