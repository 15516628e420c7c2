using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.OperativeForums.Application.Features.Forums.InviteOrganisation;

/// <summary>Invites an organisation, typically an independent school (seed 004), and records the invitation.</summary>
internal sealed record InviteOrganisation(Guid ForumId, Guid OrganisationId) : ICommand<Guid>;

internal sealed class InviteOrganisationHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<InviteOrganisation, Guid>
{
    public async Task<Guid> Handle(InviteOrganisation command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: true, cancellationToken);
        await db.FindOrganisationAsync(command.OrganisationId, cancellationToken);
        if (forum.HasActiveMember(command.OrganisationId, null))
        {
            throw new ConflictException("The organisation is already a member of the forum.");
        }

        if (forum.HasPendingInvitation(command.OrganisationId))
        {
            throw new ConflictException("The organisation has already been invited and has not answered yet.");
        }

        return forum.Invite(command.OrganisationId, StockholmCalendar.Today(time)).Id;
    }
}
