using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.OperativeForums.Contracts;

// The organisation directory is owned by this module; other modules keep local copies fed by these events.

public sealed record DistrictRegistered : IntegrationEvent
{
    public required string DistrictCode { get; init; }

    public required string Name { get; init; }
}

public sealed record OrganisationRegistered : IntegrationEvent
{
    public required Guid OrganisationId { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required bool IsIndependent { get; init; }

    /// <summary>A school's organiser (huvudman) in the directory; null for other kinds (and in older events).</summary>
    public Guid? OrganiserId { get; init; }

    public required IReadOnlyList<string> DistrictCodes { get; init; }
}
