using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Groups.GetGroup;

public sealed record CoveragePeriodDto(string Kind, string Code, DateOnly From, DateOnly? To);

public sealed record SeatDto(string PartyKind, string PartyName, Guid? OrganisationId, string? RepresentativeName, DateOnly? Since, bool IsEmpty);

public sealed record IndependentProviderDto(Guid OrganisationId, string Name, string Kind, string Status, DateOnly StatusSince);

public sealed record GroupDto(
    Guid Id, string Name, DateOnly StartsOn, DateOnly? ClosedOn, Guid? SplitFrom, IReadOnlyList<CoveragePeriodDto> Coverage,
    IReadOnlyList<SeatDto> Seats, int EmptySeats, IReadOnlyList<IndependentProviderDto> IndependentProviders);

/// <summary>A group for its parties: every coverage period (earliest first), its seats (empty ones visible) and independent providers.</summary>
internal sealed record GetGroup(Guid GroupId) : IQuery<GroupDto>;

internal sealed class GetGroupHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<GetGroup, GroupDto>
{
    public async Task<GroupDto> Handle(GetGroup query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var partyNames = await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken);
        return group.ToDto(partyNames);
    }
}

internal static class GroupMapping
{
    public static GroupDto ToDto(this BusGroup group, IReadOnlyDictionary<string, string> partyNames)
    {
        var seats = group.Seats.OrderBy(s => s.PartyKind)
            .Select(s => new SeatDto(s.PartyKind, partyNames.GetValueOrDefault(s.PartyKind, s.PartyKind), s.RepresentativeOrganisationId, s.RepresentativeName, s.RepresentedSince, s.IsEmpty))
            .ToList();
        return new GroupDto(
            group.Id, group.Name, group.StartsOn, group.ClosedOn, group.SplitFrom,
            [.. group.Coverage.OrderBy(c => c.From).ThenBy(c => c.AreaKind).ThenBy(c => c.AreaCode).Select(c => new CoveragePeriodDto(c.AreaKind, c.AreaCode, c.From, c.To))],
            seats, seats.Count(s => s.IsEmpty),
            [.. group.IndependentProviders.OrderBy(p => p.Name).Select(p => new IndependentProviderDto(p.OrganisationId, p.Name, p.Kind, p.Status, p.StatusSince))]);
    }
}
