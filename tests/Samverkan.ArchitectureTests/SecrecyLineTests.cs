using NUnit.Framework;
using Shouldly;

namespace Samverkan.ArchitectureTests;

/// <summary>
/// The secrecy line between the school's records and social services' casework (OSL 26 kap., docs/adr/0018) is
/// the boundary between SchoolAttendance and SocialServices: each reaches the other only through its Contracts
/// (integration events and the statistics facade), never its domain, handlers or database.
/// </summary>
public sealed class SecrecyLineTests
{
    private static IEnumerable<TestCaseData> SidesAndLayers() =>
        from pair in new[] { ("SchoolAttendance", "SocialServices"), ("SocialServices", "SchoolAttendance") }
        from layer in AssemblyCatalogue.Layers
        select new TestCaseData($"Samverkan.{pair.Item1}.{layer}", pair.Item2).SetArgDisplayNames($"{pair.Item1}.{layer}", pair.Item2);

    [TestCaseSource(nameof(SidesAndLayers))]
    public void One_side_references_only_the_other_sides_contracts(string assembly, string otherSide) =>
        AssemblyCatalogue.ReferencesOf(assembly)
            .Where(reference => reference.StartsWith($"Samverkan.{otherSide}.", StringComparison.Ordinal))
            .ShouldAllBe(reference => reference == $"Samverkan.{otherSide}.Contracts");

    [TestCase("SchoolAttendance", "SocialServices")]
    [TestCase("SocialServices", "SchoolAttendance")]
    public void Each_side_hears_the_other_through_its_contracts(string side, string otherSide) =>
        AssemblyCatalogue.ReferencesOf($"Samverkan.{side}.Application").ShouldContain($"Samverkan.{otherSide}.Contracts");
}
