using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Bus.Application.Features.Deviations.CountyCopies;

/// <summary>
/// The county secretariat's copy of a deviation, for information: structured fields only. The description and
/// the outcome note are present only once someone released the free text; the reporter is never in it.
/// </summary>
public sealed record DeviationCopyDto(
    Guid Id, Guid GroupId, string GroupName, string Category, string DistrictCode, Guid ReportingOrganisationId, IReadOnlyList<Guid> ConcernedOrganisationIds,
    DateOnly OccurredOn, DateOnly ReportedOn, string Source, string Stage, string? Outcome, DateOnly? ClosedOn, string? Description, string? OutcomeNote);

/// <summary>The copies of deviations reported in the period (by report date, oldest first), across groups. Paged.</summary>
internal sealed record ListDeviationCopies(DateOnly? From, DateOnly? To, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<DeviationCopyDto>>, IPagedQuery;

internal sealed class ListDeviationCopiesHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<ListDeviationCopies, Page<DeviationCopyDto>>
{
    public async Task<Page<DeviationCopyDto>> Handle(ListDeviationCopies query, CancellationToken cancellationToken)
    {
        BusAccess.EnsureCounty(user);
        var deviations = db.Deviations.AsNoTracking();
        if (query.From is { } from)
        {
            deviations = deviations.Where(d => d.ReportedOn >= from);
        }

        if (query.To is { } to)
        {
            deviations = deviations.Where(d => d.ReportedOn <= to);
        }

        // Projected field by field: what is not named here cannot reach the county.
        var (items, total) = await deviations.Join(db.Groups, d => d.GroupId, g => g.Id, (d, g) => new { Deviation = d, GroupName = g.Name })
            .OrderBy(x => x.Deviation.ReportedOn).ThenBy(x => x.Deviation.Id).PageOf(query)
            .Select(x => new DeviationCopyDto(
                x.Deviation.Id, x.Deviation.GroupId, x.GroupName, x.Deviation.CategoryCode, x.Deviation.DistrictCode, x.Deviation.ReportingOrganisationId,
                x.Deviation.ConcernedOrganisationIds, x.Deviation.OccurredOn, x.Deviation.ReportedOn, x.Deviation.Source, x.Deviation.Stage, x.Deviation.Outcome,
                x.Deviation.ClosedOn,
                x.Deviation.FreeTextReleasedOn != null ? x.Deviation.Description : null,
                x.Deviation.FreeTextReleasedOn != null ? x.Deviation.OutcomeNote : null))
            .ToListWithTotalAsync(deviations, query, cancellationToken);
        return new Page<DeviationCopyDto>(items, query.Page, query.PageSize, total);
    }
}

internal sealed class ListDeviationCopiesValidator : AbstractValidator<ListDeviationCopies>
{
    public ListDeviationCopiesValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
