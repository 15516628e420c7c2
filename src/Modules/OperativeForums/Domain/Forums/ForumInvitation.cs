using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// An invitation to an organisation, independent schools as much as municipal ones (seed 004), and its
/// answer, so a district can show whom it invited and who declined.
/// </summary>
public sealed class ForumInvitation
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    private ForumInvitation()
    {
    }

    internal ForumInvitation(Guid id, Guid organisationId, DateOnly invitedOn)
    {
        Id = id;
        OrganisationId = organisationId;
        InvitedOn = invitedOn;
        Answer = Pending;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateOnly InvitedOn { get; private set; }

    public string Answer { get; private set; } = Pending;

    public DateOnly? AnsweredOn { get; private set; }

    internal void Answered(bool accepted, DateOnly answeredOn)
    {
        if (Answer != Pending)
        {
            throw new BusinessRuleViolationException("Invitation pending", $"The invitation was already answered ({Answer}).");
        }

        if (answeredOn < InvitedOn)
        {
            throw new BusinessRuleViolationException("Answer after invitation", "An invitation cannot be answered before it was sent.");
        }

        Answer = accepted ? Accepted : Declined;
        AnsweredOn = answeredOn;
    }
}
