using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.ListIntakes;

public sealed record IntakeSummaryDto(Guid Id, Guid PupilId, string DistrictCode, string Source, DateTimeOffset ReceivedAt, DateOnly? DecidedOn);

internal sealed record ListIntakes(int PageNumber = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<IntakeSummaryDto>>, IPagedQuery;

/// <summary>The intakes of the districts the caller's social services cover, newest first; nobody else's.</summary>
internal sealed class ListIntakesHandler(ISchoolAttendanceDbContext db, ICurrentUser user) : IQueryHandler<ListIntakes, Page<IntakeSummaryDto>>
{
    public async Task<Page<IntakeSummaryDto>> Handle(ListIntakes query, CancellationToken cancellationToken)
    {
        var isSocialServices = user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.SocialServicesManager);
        var districts = isSocialServices ? user.DistrictCodes.ToList() : [];
        var mine = db.Intakes.AsNoTracking().Where(i => districts.Contains(i.DistrictCode));
        var total = await mine.CountAsync(cancellationToken);
        var items = await mine.OrderByDescending(i => i.ReceivedAt).ThenBy(i => i.Id)
            .PageOf(query)
            .Select(i => new IntakeSummaryDto(i.Id, i.PupilId, i.DistrictCode, i.Source, i.ReceivedAt, i.DecidedOn))
            .ToListAsync(cancellationToken);
        items.ForEach(item => db.AddAuditEntry(new AuditRecord("case", item.Id, "listed")));
        return new Page<IntakeSummaryDto>(items, query.PageNumber, query.PageSize, total);
    }
}
