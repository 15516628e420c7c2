using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.OperativeForums.Application.Features.Forums;


namespace Samverkan.OperativeForums.Application.Features.Agreements.ListAgreements;

public sealed record AgreementDto(
    Guid Id, string DistrictCode, IReadOnlyList<Guid> Parties, Guid ResponsibleOrganisationId, DateOnly SignedOn, int RevisionIntervalMonths,
    IReadOnlyList<DateOnly> Revisions, DateOnly NextRevisionDue, bool RevisionOverdue);

/// <summary>The agreements of the caller's districts (administrators: all), with whether a revision is overdue; paged.</summary>
internal sealed record ListAgreements(string? DistrictCode, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<AgreementDto>>, IPagedQuery;

internal sealed class ListAgreementsHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListAgreements, Page<AgreementDto>>
{
    public async Task<Page<AgreementDto>> Handle(ListAgreements query, CancellationToken cancellationToken)
    {
        var agreements = db.CollaborationAgreements.AsNoTracking();
        if (!ForumAccess.SeesAllDistricts(user))
        {
            var visible = user.DistrictCodes;
            agreements = agreements.Where(a => visible.Contains(a.DistrictCode));
        }

        if (query.DistrictCode is not null)
        {
            agreements = agreements.Where(a => a.DistrictCode == query.DistrictCode);
        }

        var today = StockholmCalendar.Today(time);
        var (page, total) = await agreements.OrderBy(a => a.DistrictCode).ThenBy(a => a.Id)
            .PageOf(query)
            .ToListWithTotalAsync(agreements, query, cancellationToken);
        var items = page.Select(a => new AgreementDto(
            a.Id, a.DistrictCode, a.Parties, a.ResponsibleOrganisationId, a.SignedOn, a.RevisionIntervalMonths,
            [.. a.Revisions.Select(r => r.RevisedOn).Order()], a.NextRevisionDue, a.NextRevisionDue < today)).ToList();
        return new Page<AgreementDto>(items, query.Page, query.PageSize, total);
    }
}
