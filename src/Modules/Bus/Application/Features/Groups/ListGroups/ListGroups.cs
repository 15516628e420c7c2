using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Bus.Application.Features.Groups.GetGroup;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;

namespace Samverkan.Bus.Application.Features.Groups.ListGroups;

/// <summary>
/// The groups the caller is a party of (administrators and coordinators: all), by name; with a district, only
/// the group(s) that covered it on the date (today by default), so "who covered Farsta on 1 March 2024" is answered
/// from the periods as they were. Paged.
/// </summary>
public sealed record ListGroups(string? DistrictCode, DateOnly? On, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<GroupDto>>, IPagedQuery;

internal sealed class ListGroupsHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListGroups, Page<GroupDto>>
{
    public async Task<Page<GroupDto>> Handle(ListGroups query, CancellationToken cancellationToken)
    {
        BusAccess.EnsureNotCountyOnly(user);

        // A city has about a dozen groups: membership (seats, providers, covered districts) is decided in memory.
        var groups = await db.Groups.AsNoTracking().OrderBy(g => g.Name).ThenBy(g => g.Id).ToListAsync(cancellationToken);
        var on = query.On ?? StockholmCalendar.Today(time);
        var visible = groups.Where(g => BusAccess.IsParty(user, g))
            .Where(g => query.DistrictCode is null || g.CoversDistrictOn(query.DistrictCode, on))
            .ToList();
        var partyNames = await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken);
        var items = visible.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(g => g.ToDto(partyNames)).ToList();
        return new Page<GroupDto>(items, query.Page, query.PageSize, visible.Count);
    }
}

internal sealed class ListGroupsValidator : AbstractValidator<ListGroups>
{
    public ListGroupsValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.DistrictCode).MaximumLength(InputBounds.Code);
    }
}
