namespace Samverkan.SchoolAttendance.Domain.Directory;

/// <summary>This module's copy of a district in the directory, kept from DistrictRegistered events.</summary>
public sealed class KnownDistrict(string code, string name)
{
    public string Code { get; private set; } = code;

    public string Name { get; private set; } = name;
}
