using Ardalis.Specification;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application.Features.Worklists;

/// <summary>A case on a worklist: what it is, who has it, its next legal date and whether anything is overdue.</summary>
public sealed record WorklistItemDto(
    [property: ValuesOf(typeof(CaseKinds))] string CaseKind, Guid CaseId, string DistrictCode, string? CaseWorkerUserId, DateOnly StartedOn,
    DateOnly? NextLegalDate, bool Overdue);

/// <summary>The filters both worklists share; the unit's list also filters by case worker.</summary>
public sealed record WorklistFilter(string? CaseKind = null, bool OverdueOnly = false, string? DistrictCode = null, string? CaseWorkerUserId = null, bool UnassignedOnly = false);

/// <summary>The caller's own cases (a case worker's list), soonest legal date first.</summary>
internal sealed record ListMyCases(WorklistFilter Filter, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<WorklistItemDto>>, IPagedQuery;

/// <summary>Every case of the caller's unit (a unit manager's list), by case worker with the unassigned first.</summary>
internal sealed record ListUnitCases(WorklistFilter Filter, int Page = 1, int PageSize = Paging.DefaultPageSize, string? Sort = null)
    : IQuery<Page<WorklistItemDto>>, IPagedQuery;

/// <summary>How the worklists can be ordered; a case with no running deadline comes last by its legal date.</summary>
internal static class WorklistSorts
{
    private static readonly (string, System.Linq.Expressions.Expression<Func<WorklistEntry, object?>>[])[] Fields =
    [
        ("nextLegalDate", [e => e.NextLegalDate == null, e => e.NextLegalDate]),
        ("startedOn", [e => e.StartedOn]),
        // Unassigned first (false sorts before true), then by case worker, each one's soonest date first.
        ("caseWorker", [e => e.CaseWorkerUserId != null, e => e.CaseWorkerUserId, e => e.NextLegalDate == null, e => e.NextLegalDate]),
    ];

    public static readonly SortOrders<WorklistEntry> Mine = new("nextLegalDate", e => e.CaseId, Fields);

    public static readonly SortOrders<WorklistEntry> Unit = new("caseWorker", e => e.CaseId, Fields);

    public static IReadOnlyList<string> All => Mine.Values;
}

internal sealed class ListMyCasesValidator : AbstractValidator<ListMyCases>
{
    public ListMyCasesValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, WorklistSorts.Mine);
    }
}

internal sealed class ListUnitCasesValidator : AbstractValidator<ListUnitCases>
{
    public ListUnitCasesValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, WorklistSorts.Unit);
    }
}

/// <summary>
/// A unit's open cases, filtered. Only the caller's unit ever appears: the districts they cover, in the
/// organisation answering for the case's deadlines, and only when they act for social services.
/// </summary>
internal sealed class CasesOfUnit : Specification<WorklistEntry>
{
    public CasesOfUnit(ICurrentUser user, WorklistFilter filter, string? caseWorker, DateOnly today, IPagedQuery page, SortOrders<WorklistEntry> orders, string? sort)
    {
        var districts = CaseAccess.SocialServicesRoles.Any(user.IsInRole) ? user.DistrictCodes.ToList() : [];
        var organisation = user.OrganisationId;
        Query.Where(DistrictCriteria.In<WorklistEntry>(districts, e => e.DistrictCode))
            .Where(e => e.UnitOrganisationId == organisation)
            .Where(e => e.CaseWorkerUserId == caseWorker, caseWorker is not null)
            .Where(e => e.CaseWorkerUserId == null, filter.UnassignedOnly)
            .Where(e => e.CaseKind == filter.CaseKind, filter.CaseKind is not null)
            .Where(e => e.DistrictCode == filter.DistrictCode, filter.DistrictCode is not null)
            .Where(e => e.Breached || e.NextLegalDate < today, filter.OverdueOnly)
            .Skip((page.Page - 1) * page.PageSize).Take(page.PageSize);
        orders.Apply(Query, sort);
    }
}

internal sealed class WorklistHandler(ISocialServicesDbContext db, ICurrentUser user, TimeProvider time)
    : IQueryHandler<ListMyCases, Page<WorklistItemDto>>, IQueryHandler<ListUnitCases, Page<WorklistItemDto>>
{
    public Task<Page<WorklistItemDto>> Handle(ListMyCases query, CancellationToken cancellationToken) =>
        ListAsync(query, query.Filter with { CaseWorkerUserId = null, UnassignedOnly = false }, user.UserId, WorklistSorts.Mine, query.Sort, cancellationToken);

    public Task<Page<WorklistItemDto>> Handle(ListUnitCases query, CancellationToken cancellationToken)
    {
        if (!CaseAccess.UnitManagerRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("Only a unit manager lists every case of the unit; a case worker lists their own (GET .../worklist).");
        }

        return ListAsync(query, query.Filter, query.Filter.CaseWorkerUserId, WorklistSorts.Unit, query.Sort, cancellationToken);
    }

    private async Task<Page<WorklistItemDto>> ListAsync(
        IPagedQuery page, WorklistFilter filter, string? caseWorker, SortOrders<WorklistEntry> orders, string? sort, CancellationToken cancellationToken)
    {
        var today = StockholmCalendar.Today(time);
        var cases = new CasesOfUnit(user, filter, caseWorker, today, page, orders, sort);
        var (rows, total) = await db.Worklist.WithSpecification(cases).ToListWithTotalAsync(db.Worklist.WithCriteriaOf(cases), page, cancellationToken);
        var items = rows.ConvertAll(e => new WorklistItemDto(
            e.CaseKind, e.CaseId, e.DistrictCode, e.CaseWorkerUserId, e.StartedOn, e.NextLegalDate, e.Breached || e.NextLegalDate < today));
        items.ForEach(item => db.AddAuditEntry(new AuditRecord("case", item.CaseId, "listed")));
        return new Page<WorklistItemDto>(items, page.Page, page.PageSize, total);
    }
}
