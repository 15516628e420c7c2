namespace Samverkan.BuildingBlocks.Domain.Directory;

/// <summary>A module's copy of a district in the directory (owned by OperativeForums), kept from its DistrictRegistered events in the module's own schema.</summary>
public sealed class KnownDistrict(string code, string name)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;
}
