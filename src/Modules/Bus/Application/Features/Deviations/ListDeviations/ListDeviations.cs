using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Bus.Application.Features.Deviations.HandleDeviation;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Application.Features.Deviations.ListDeviations;

public sealed record DeviationStepDto(string Stage, DateOnly On, string? ByUserId);

public sealed record DeviationDto(
    Guid Id, Guid GroupId, string Category, string DistrictCode, Guid ReportingOrganisationId, IReadOnlyList<Guid> ConcernedOrganisationIds,
    string Description, DateOnly OccurredOn, DateOnly ReportedOn, DateOnly? RespondBy, string Source, string Stage, string? Outcome, string? OutcomeNote,
    DateOnly? ClosedOn, bool FreeTextReleased, IReadOnlyList<DeviationStepDto> Steps);

/// <summary>One deviation with its path, for the group's parties.</summary>
internal sealed record GetDeviation(Guid DeviationId) : IQuery<DeviationDto>;

/// <summary>The group's deviations, newest report first; optionally only those at one stage. Paged.</summary>
internal sealed record ListDeviations(Guid GroupId, string? Stage, int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<Page<DeviationDto>>, IPagedQuery;

internal sealed class GetDeviationHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<GetDeviation, DeviationDto>
{
    public async Task<DeviationDto> Handle(GetDeviation query, CancellationToken cancellationToken) =>
        (await db.LoadDeviationAsync(query.DeviationId, user, cancellationToken)).ToDto();
}

internal sealed class ListDeviationsHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<ListDeviations, Page<DeviationDto>>
{
    public async Task<Page<DeviationDto>> Handle(ListDeviations query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var deviations = db.Deviations.AsNoTracking().Where(d => d.GroupId == group.Id);
        if (query.Stage is not null)
        {
            deviations = deviations.Where(d => d.Stage == query.Stage);
        }

        var (page, total) = await deviations.OrderByDescending(d => d.ReportedOn).ThenBy(d => d.Id).PageOf(query)
            .ToListWithTotalAsync(deviations, query, cancellationToken);
        return new Page<DeviationDto>([.. page.Select(d => d.ToDto())], query.Page, query.PageSize, total);
    }
}

internal static class DeviationMapping
{
    public static DeviationDto ToDto(this Deviation d) => new(
        d.Id, d.GroupId, d.CategoryCode, d.DistrictCode, d.ReportingOrganisationId, d.ConcernedOrganisationIds, d.Description, d.OccurredOn, d.ReportedOn,
        d.RespondBy, d.Source, d.Stage, d.Outcome, d.OutcomeNote, d.ClosedOn, d.FreeTextReleased,
        [.. d.Steps.OrderBy(s => s.On).ThenBy(s => Deviation.Path.Contains(s.Stage) ? Array.IndexOf(Deviation.Path, s.Stage) : Deviation.Path.Length).Select(s => new DeviationStepDto(s.Stage, s.On, s.ByUserId))]);
}

internal sealed class ListDeviationsValidator : AbstractValidator<ListDeviations>
{
    public ListDeviationsValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Stage).Must(s => s is null || Deviation.Stages.Contains(s)).WithMessage($"A stage is one of {string.Join(", ", Deviation.Stages)}.");
    }
}
