using Samverkan.BuildingBlocks.Domain.Identity;
using Mapster;
using NUnit.Framework;
using Samverkan.Notifications.Application.Mapping;
using Samverkan.OperativeForums.Application.Mapping;
using Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;
using Samverkan.SchoolAttendance.Application.Mapping;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SocialServices.Application.Mapping;
using Shouldly;

namespace Samverkan.UnitTests.Mapping;

/// <summary>
/// Every module's Mapster config compiled up front, in memory and as an EF projection: a DTO member without a
/// source (a renamed property) fails here instead of in a response.
/// </summary>
public sealed class ModuleMappingTests
{
    // Members that identify a person or give away a protected identity: a DTO gets them only by a decision.
    private static readonly string[] SensitiveMembers = ["PersonalIdentityNumber", "HasProtectedIdentity", "Address", "BirthDate"];

    private static readonly (Type Source, Type Destination)[] AllowedToCarrySensitiveMembers = [(typeof(Pupil), typeof(PupilSummaryDto))];

    private static IEnumerable<TestCaseData> ModuleConfigs()
    {
        yield return new TestCaseData(new OperativeForumsMapping().Config).SetArgDisplayNames("OperativeForums");
        yield return new TestCaseData(new SchoolAttendanceMapping().Config).SetArgDisplayNames("SchoolAttendance");
        yield return new TestCaseData(new SocialServicesMapping().Config).SetArgDisplayNames("SocialServices");
        yield return new TestCaseData(new NotificationsMapping().Config).SetArgDisplayNames("Notifications");
    }

    [TestCaseSource(nameof(ModuleConfigs))]
    public void ModuleConfig_Compiles(TypeAdapterConfig config) => Assert.DoesNotThrow(() => config.Compile());

    [TestCaseSource(nameof(ModuleConfigs))]
    public void ModuleConfig_CompilesAsProjection(TypeAdapterConfig config) => Assert.DoesNotThrow(() => config.CompileProjection());

    [TestCaseSource(nameof(ModuleConfigs))]
    public void ModuleConfig_MapsIdentityData_OnlyWhereDecided(TypeAdapterConfig config)
    {
        var carrying = config.RuleMap.Keys
            .Where(pair => pair.Destination.GetProperties().Any(p => SensitiveMembers.Contains(p.Name)))
            .Select(pair => (pair.Source, pair.Destination));
        carrying.Except(AllowedToCarrySensitiveMembers).ShouldBeEmpty();
    }
}
