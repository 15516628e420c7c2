using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Groups.CreateGroup;

public sealed record AreaInput(string Kind, string Code);

/// <summary>
/// Creates a local BUS group covering its areas from a date, with a seat for every party the county agreement
/// requires (catalogue required-parties): seats start empty, so a party nobody represents stays visible.
/// </summary>
internal sealed record CreateGroup(string Name, DateOnly StartsOn, IReadOnlyList<AreaInput> Areas, Guid? SplitFrom) : ICommand<Guid>;

internal sealed class CreateGroupHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<CreateGroup, Guid>
{
    public async Task<Guid> Handle(CreateGroup command, CancellationToken cancellationToken)
    {
        BusAccess.EnsureManager(user);
        if (command.SplitFrom is { } parent && !await db.Groups.AnyAsync(g => g.Id == parent, cancellationToken))
        {
            throw new BusinessRuleViolationException("Split from a known group", $"No BUS group {parent} to split from.");
        }

        var parties = (await db.CatalogueAsync(CatalogueEntry.RequiredParties, cancellationToken)).Select(e => e.Code).ToList();
        var group = new BusGroup(Guid.NewGuid(), command.Name.Trim(), command.StartsOn, command.Areas.ToCoverage(), parties, command.SplitFrom);
        await db.EnsureNoOtherGroupCoversAsync(group, cancellationToken);
        db.Groups.Add(group);
        return group.Id;
    }
}

internal static class AreaInputs
{
    public static List<CoverageArea> ToCoverage(this IEnumerable<AreaInput> areas) => [.. areas.Select(a => CoverageArea.Of(a.Kind, a.Code))];
}
