namespace Samverkan.Sip.Domain.Directory;

/// <summary>This module's copy of a district in the directory (owned by OperativeForums), kept from DistrictRegistered events.</summary>
public sealed class KnownDistrict(string code, string name)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;
}
