using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Bus.Application.Features.Groups.CloseGroup;

/// <summary>The group ends on the date: its open coverage periods end there, its history stays readable.</summary>
internal sealed record CloseGroup(Guid GroupId, DateOnly On) : ICommand<Guid>;

internal sealed class CloseGroupHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<CloseGroup, Guid>
{
    public async Task<Guid> Handle(CloseGroup command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureManager(user);
        group.Close(command.On);
        return group.Id;
    }
}
