using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.OperativeForums.Application.Features.Forums.AddMember;

/// <summary>Adds an organisation (no member name) or a named person of it, from a date (today by default).</summary>
internal sealed record AddMember(Guid ForumId, Guid OrganisationId, string? MemberName, string Role, DateOnly? JoinedOn = null) : ICommand<Guid>;

internal sealed class AddMemberHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<AddMember, Guid>
{
    public async Task<Guid> Handle(AddMember command, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(command.ForumId, user, manage: true, cancellationToken);
        await db.FindOrganisationAsync(command.OrganisationId, cancellationToken);
        var memberName = string.IsNullOrWhiteSpace(command.MemberName) ? null : command.MemberName.Trim();
        if (forum.HasActiveMember(command.OrganisationId, memberName))
        {
            throw new ConflictException(memberName is null
                ? "The organisation is already a member of the forum."
                : "A member of that name from that organisation already belongs to the forum.");
        }

        return forum.AddMember(command.OrganisationId, memberName, command.Role.Trim(), command.JoinedOn ?? StockholmCalendar.Today(time)).Id;
    }
}
