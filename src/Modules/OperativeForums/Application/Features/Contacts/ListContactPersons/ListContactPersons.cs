using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Directory;


namespace Samverkan.OperativeForums.Application.Features.Contacts.ListContactPersons;

public sealed record ContactPeriodDto(string ContactUserId, string ContactName, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>A school of the district with its current contact person (null: none designated) and the earlier ones.</summary>
public sealed record SchoolContactDto(Guid SchoolId, string SchoolName, bool IsIndependent, ContactPeriodDto? Current, IReadOnlyList<ContactPeriodDto> History);

internal sealed record ListContactPersons(string DistrictCode, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<SchoolContactDto>>, IPagedQuery;

internal sealed class ListContactPersonsHandler(IOperativeForumsDbContext db, ICurrentUser user) : IQueryHandler<ListContactPersons, Page<SchoolContactDto>>
{
    public async Task<Page<SchoolContactDto>> Handle(ListContactPersons query, CancellationToken cancellationToken)
    {
        if (!await db.Districts.AnyAsync(d => d.Code == query.DistrictCode, cancellationToken) || !ForumAccess.CanSee(user, query.DistrictCode))
        {
            throw new NotFoundException($"Unknown district '{query.DistrictCode}'.");
        }

        var schools = db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKinds.School && o.Districts.Any(d => d.DistrictCode == query.DistrictCode));
        var (page, total) = await schools.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .PageOf(query)
            .Select(o => new { o.Id, o.Name, o.IsIndependent })
            .ToListWithTotalAsync(schools, query, cancellationToken);
        var ids = page.Select(s => s.Id).ToList();
        var periods = await db.SchoolContactPersons.AsNoTracking()
            .Where(c => c.DistrictCode == query.DistrictCode && ids.Contains(c.SchoolId))
            .OrderByDescending(c => c.EffectiveFrom)
            .ToListAsync(cancellationToken);

        var items = page.Select(s =>
        {
            var history = periods.Where(p => p.SchoolId == s.Id)
                .Select(p => new ContactPeriodDto(p.ContactUserId, p.ContactName, p.EffectiveFrom, p.EffectiveTo))
                .ToList();
            return new SchoolContactDto(s.Id, s.Name, s.IsIndependent, history.FirstOrDefault(p => p.EffectiveTo is null), history);
        }).ToList();
        return new Page<SchoolContactDto>(items, query.Page, query.PageSize, total);
    }
}
