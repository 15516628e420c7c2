using Mapster;
using NUnit.Framework;
using Samverkan.OperativeForums.Application.Mapping;

namespace Samverkan.UnitTests.Mapping;

/// <summary>
/// Every module's Mapster config compiled up front, in memory and as an EF projection: a DTO member without a
/// source (a renamed property) fails here instead of in a response.
/// </summary>
public sealed class ModuleMappingTests
{
    private static IEnumerable<TestCaseData> ModuleConfigs()
    {
        yield return new TestCaseData(new OperativeForumsMapping().Config).SetArgDisplayNames("OperativeForums");
    }

    [TestCaseSource(nameof(ModuleConfigs))]
    public void ModuleConfig_Compiles(TypeAdapterConfig config) => Assert.DoesNotThrow(() => config.Compile());

    [TestCaseSource(nameof(ModuleConfigs))]
    public void ModuleConfig_CompilesAsProjection(TypeAdapterConfig config) => Assert.DoesNotThrow(() => config.CompileProjection());
}
