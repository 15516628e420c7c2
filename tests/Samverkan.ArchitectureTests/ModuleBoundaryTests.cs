using NUnit.Framework;
using Shouldly;

namespace Samverkan.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static IEnumerable<string> ModuleAssemblies() => AssemblyCatalogue.ModuleAssemblies();

    private static IEnumerable<string> Assemblies(string layer) =>
        AssemblyCatalogue.Modules.Select(module => $"Samverkan.{module}.{layer}");

    [TestCaseSource(nameof(ModuleAssemblies))]
    public void A_module_uses_other_modules_only_through_their_contracts(string assembly) =>
        DependencyRules.ReachesIntoOtherModules(assembly).ShouldBeEmpty();

    [TestCaseSource(nameof(Assemblies), new object[] { "Domain" })]
    public void Domain_references_no_infrastructure(string assembly) =>
        DependencyRules.DomainUsesInfrastructure(assembly).ShouldBeEmpty();

    [TestCaseSource(nameof(Assemblies), new object[] { "Contracts" })]
    public void Contracts_reference_only_the_shared_contracts(string assembly) =>
        DependencyRules.ContractsDependOnMoreThanContracts(assembly).ShouldBeEmpty();

    [TestCaseSource(nameof(Assemblies), new object[] { "Application" })]
    public void Application_references_no_infrastructure(string assembly) =>
        DependencyRules.ApplicationUsesInfrastructure(assembly).ShouldBeEmpty();

    [Test]
    public void The_bad_fixture_breaks_the_module_rule() =>
        DependencyRules.ReachesIntoOtherModules(AssemblyCatalogue.BadFixture).ShouldBe(["Samverkan.OperativeForums.Domain"]);

    [Test]
    public void The_bad_fixture_breaks_the_domain_rule() =>
        DependencyRules.DomainUsesInfrastructure(AssemblyCatalogue.BadFixture).ShouldContain("Microsoft.EntityFrameworkCore");

    [Test]
    public void Every_module_ships_all_four_layers() =>
        ModuleAssemblies().ShouldAllBe(name => AssemblyCatalogue.Load(name) != null);
}
