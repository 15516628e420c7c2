using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// A forum of one district: its kind, the organisation that convenes it (social services by default), its
/// members over time, its invitations, and how many meetings per term it is expected to hold.
/// </summary>
public sealed class Forum : AggregateRoot
{
    public const string OrganisationRole = "member";

    private readonly List<ForumMembership> _memberships = [];
    private readonly List<ForumInvitation> _invitations = [];

    private Forum()
    {
    }

    public Forum(Guid id, string districtCode, string name, string kind, Guid conveningOrganisationId, int expectedMeetingsPerTerm)
    {
        if (!ForumKinds.All.Contains(kind))
        {
            throw new BusinessRuleViolationException("Forum kind", $"'{kind}' is not a kind of forum: use one of {string.Join(", ", ForumKinds.All)}.");
        }

        if (expectedMeetingsPerTerm is < 0 or > 20)
        {
            throw new BusinessRuleViolationException("Meeting cadence", "A forum expects 0-20 meetings per term.");
        }

        Id = id;
        DistrictCode = districtCode;
        Name = name;
        Kind = kind;
        ConveningOrganisationId = conveningOrganisationId;
        ExpectedMeetingsPerTerm = expectedMeetingsPerTerm;
    }

    public Guid Id { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    public Guid ConveningOrganisationId { get; private set; }

    /// <summary>The cadence the forum promised itself, e.g. 2 for "two to three times per term" (seed 004).</summary>
    public int ExpectedMeetingsPerTerm { get; private set; }

    public IReadOnlyList<ForumMembership> Memberships => _memberships;

    public IReadOnlyList<ForumInvitation> Invitations => _invitations;

    /// <summary>Whether the organisation convenes the forum or has someone in it now.</summary>
    public bool TakesPart(Guid organisationId) =>
        ConveningOrganisationId == organisationId || _memberships.Any(m => m.IsActive && m.OrganisationId == organisationId);

    public bool HasActiveMember(Guid organisationId, string? memberName) =>
        _memberships.Any(m => m.IsActive && m.IsSame(organisationId, memberName));

    public ForumMembership AddMember(Guid organisationId, string? memberName, string role, DateOnly joinedOn)
    {
        if (HasActiveMember(organisationId, memberName))
        {
            throw new BusinessRuleViolationException("Member once", "This member already belongs to the forum.");
        }

        var membership = new ForumMembership(Guid.NewGuid(), organisationId, memberName, role, joinedOn);
        _memberships.Add(membership);
        return membership;
    }

    public ForumMembership EndMembership(Guid membershipId, DateOnly leftOn)
    {
        var membership = _memberships.SingleOrDefault(m => m.Id == membershipId)
            ?? throw new KeyNotFoundException($"Membership {membershipId} is not in forum {Id}.");
        membership.Leave(leftOn);
        return membership;
    }

    public bool HasPendingInvitation(Guid organisationId) =>
        _invitations.Any(i => i.OrganisationId == organisationId && i.Answer == ForumInvitation.Pending);

    public ForumInvitation Invite(Guid organisationId, DateOnly invitedOn)
    {
        if (HasPendingInvitation(organisationId))
        {
            throw new BusinessRuleViolationException("Invitation once", "The organisation already has an unanswered invitation.");
        }

        var invitation = new ForumInvitation(Guid.NewGuid(), organisationId, invitedOn);
        _invitations.Add(invitation);
        return invitation;
    }

    /// <summary>An accepted invitation makes the organisation a member from the day it answered.</summary>
    public void AnswerInvitation(Guid invitationId, bool accepted, DateOnly answeredOn)
    {
        var invitation = _invitations.SingleOrDefault(i => i.Id == invitationId)
            ?? throw new KeyNotFoundException($"Invitation {invitationId} is not in forum {Id}.");
        invitation.Answered(accepted, answeredOn);
        if (accepted && !HasActiveMember(invitation.OrganisationId, null))
        {
            AddMember(invitation.OrganisationId, null, OrganisationRole, answeredOn);
        }
    }
}
