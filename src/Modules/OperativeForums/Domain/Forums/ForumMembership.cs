using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// An organisation's membership of a forum, or a named person's for an organisation. Leaving stamps a date and
/// never deletes or overwrites the row: joining again is a new membership, so the history stays readable.
/// </summary>
public sealed class ForumMembership
{
    private ForumMembership()
    {
    }

    internal ForumMembership(Guid id, Guid organisationId, string? memberName, string role, DateOnly joinedOn)
    {
        Id = id;
        OrganisationId = organisationId;
        MemberName = memberName;
        Role = role;
        JoinedOn = joinedOn;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The person's name; null when the organisation as such is the member.</summary>
    public string? MemberName { get; private set; }

    public string Role { get; private set; } = string.Empty;

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    public bool IsActive => LeftOn is null;

    public bool IsSame(Guid organisationId, string? memberName) =>
        OrganisationId == organisationId && string.Equals(MemberName, memberName, StringComparison.OrdinalIgnoreCase);

    internal void Leave(DateOnly leftOn)
    {
        if (!IsActive)
        {
            throw new BusinessRuleViolationException("Membership active", $"The membership ended on {LeftOn:yyyy-MM-dd} and cannot end again.");
        }

        if (leftOn < JoinedOn)
        {
            throw new BusinessRuleViolationException("Leave after join", $"The leaving date {leftOn:yyyy-MM-dd} is before the joining date {JoinedOn:yyyy-MM-dd}.");
        }

        LeftOn = leftOn;
    }
}
