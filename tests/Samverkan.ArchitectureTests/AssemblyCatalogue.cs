using System.Reflection;

namespace Samverkan.ArchitectureTests;

/// <summary>
/// Samverkan's compiled assemblies, as the Host ships them, and what each one references. The compiler
/// drops a reference nothing uses, so these are the dependencies the code really has.
/// </summary>
internal static class AssemblyCatalogue
{
    public const string BadFixture = "Samverkan.BadModule.Domain";

    public static readonly string[] Modules = ["Bus", "Sip", "SchoolAttendance", "SocialServices", "OperativeForums", "Notifications"];

    public static readonly string[] Layers = ["Contracts", "Domain", "Application", "Infrastructure"];

    public static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    public static IEnumerable<string> ModuleAssemblies() =>
        from module in Modules
        from layer in Layers
        select $"Samverkan.{module}.{layer}";

    public static IReadOnlyList<string> ReferencesOf(string assemblyName) =>
        [.. Load(assemblyName).GetReferencedAssemblies().Select(reference => reference.Name!)];
}
