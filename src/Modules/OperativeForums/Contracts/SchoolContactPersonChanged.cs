using Samverkan.BuildingBlocks.Contracts;

namespace Samverkan.OperativeForums.Contracts;

/// <summary>
/// A school got a new designated contact person in a district's social services (seed 004: the school must
/// always know whom to call). The notification module tells the school; the history stays in this module.
/// </summary>
public sealed record SchoolContactPersonChanged : IntegrationEvent
{
    public required Guid SchoolId { get; init; }

    public required string DistrictCode { get; init; }

    public required string ContactUserId { get; init; }

    /// <summary>A social-services employee's name in their professional role, shown to the school; not a child's data.</summary>
    public required string ContactName { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The user id of the contact person replaced, or null for the school's first one.</summary>
    public string? PreviousContactUserId { get; init; }
}
