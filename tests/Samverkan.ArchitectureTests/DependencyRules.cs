namespace Samverkan.ArchitectureTests;

/// <summary>
/// The rules of docs/architecture.md as functions from an assembly to its violations, so a test can run a
/// rule over a real module (expecting none) and over the bad fixture (expecting some).
/// </summary>
internal static class DependencyRules
{
    /// <summary>A module may use another module only through that module's Contracts.</summary>
    public static IReadOnlyList<string> ReachesIntoOtherModules(string assemblyName)
    {
        var ownModule = ModuleOf(assemblyName);
        return [.. AssemblyCatalogue.ReferencesOf(assemblyName)
            .Where(reference => ModuleOf(reference) is { } other && other != ownModule)
            .Where(reference => !reference.EndsWith(".Contracts", StringComparison.Ordinal))];
    }

    /// <summary>Domain references only the shared domain building block and the base library.</summary>
    public static IReadOnlyList<string> DomainUsesInfrastructure(string assemblyName) =>
        [.. AssemblyCatalogue.ReferencesOf(assemblyName).Where(reference => !IsAllowedInDomain(reference))];

    /// <summary>Contracts are plain records: only the shared contracts base.</summary>
    public static IReadOnlyList<string> ContractsDependOnMoreThanContracts(string assemblyName) =>
        [.. AssemblyCatalogue.ReferencesOf(assemblyName)
            .Where(reference => reference.StartsWith("Samverkan.", StringComparison.Ordinal) && reference != "Samverkan.BuildingBlocks.Contracts")
            .Concat(AssemblyCatalogue.ReferencesOf(assemblyName).Where(reference => reference.StartsWith("Microsoft.", StringComparison.Ordinal)))];

    /// <summary>Application does not know how it is stored or served.</summary>
    public static IReadOnlyList<string> ApplicationUsesInfrastructure(string assemblyName) =>
        [.. AssemblyCatalogue.ReferencesOf(assemblyName)
            .Where(reference => reference.EndsWith(".Infrastructure", StringComparison.Ordinal) || reference.StartsWith("Npgsql", StringComparison.Ordinal) || reference == "Samverkan.Host")];

    private static bool IsAllowedInDomain(string reference) =>
        reference is "netstandard" or "Samverkan.BuildingBlocks.Domain"
        || (reference.StartsWith("System.", StringComparison.Ordinal) && !reference.StartsWith("System.Data", StringComparison.Ordinal));

    // "Samverkan.Bus.Domain" -> "Bus"; building blocks and the Host belong to no module.
    private static string? ModuleOf(string assemblyName)
    {
        var parts = assemblyName.Split('.');
        return parts.Length == 3 && parts[0] == "Samverkan" && parts[1] != "BuildingBlocks" ? parts[1] : null;
    }
}
