using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Bus.Application.Features.Analysis;

public sealed record GroupYearDto(
    Guid GroupId, string GroupName, string Deviations, IReadOnlyList<CategoryCountDto> DeviationsByCategory, SipCountsDto Sip,
    int MeetingsHeld, int SpiderMeasurements, string? GoverningDocumentKind, bool Reported, CaseCountsDto IndividualCases);

public sealed record RegionalYearDto(int Year, IReadOnlyList<GroupYearDto> Groups);

/// <summary>
/// The county's yearly view across the groups that existed in the year: figures only (no text, no organisation
/// named), each count that may concern a child under 5 shown as "&lt;5".
/// </summary>
internal sealed record GetRegionalYear(int Year) : IQuery<RegionalYearDto>;

internal sealed class GetRegionalYearHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<GetRegionalYear, RegionalYearDto>
{
    public async Task<RegionalYearDto> Handle(GetRegionalYear query, CancellationToken cancellationToken)
    {
        BusAccess.EnsureCounty(user);
        var from = new DateOnly(query.Year, 1, 1);
        var to = new DateOnly(query.Year, 12, 31);
        var groups = await db.Groups.AsNoTracking().Where(g => g.StartsOn <= to && (g.ClosedOn == null || g.ClosedOn > from)).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var rows = new List<GroupYearDto>();
        foreach (var group in groups)
        {
            var counts = await db.CountAsync(group, from, to, cancellationToken);
            var meetings = await db.Meetings.CountAsync(m => m.GroupId == group.Id && m.HeldOn >= from && m.HeldOn <= to, cancellationToken);
            var measurements = await db.SpiderMeasurements.CountAsync(m => m.GroupId == group.Id && m.MeasuredOn >= from && m.MeasuredOn <= to, cancellationToken);
            var document = await db.GoverningDocuments.AsNoTracking().Where(d => d.GroupId == group.Id && d.PeriodFrom <= to && d.PeriodTo > from)
                .OrderByDescending(d => d.PeriodFrom).FirstOrDefaultAsync(cancellationToken);
            rows.Add(new GroupYearDto(
                group.Id, group.Name, counts.DeviationsTotal, counts.ByCategory, counts.Sip, meetings, measurements, document?.Kind, document?.ReportedOn is not null,
                await db.CountCasesAsync(group.Id, from, to, cancellationToken)));
        }

        return new RegionalYearDto(query.Year, rows);
    }
}

internal sealed class GetRegionalYearValidator : AbstractValidator<GetRegionalYear>
{
    public GetRegionalYearValidator(TimeProvider time)
    {
        var thisYear = StockholmCalendar.Today(time).Year;
        RuleFor(q => q.Year).InclusiveBetween(thisYear - InputBounds.YearsBack, thisYear).WithMessage("The year is one that has begun, at most 30 years back.");
    }
}
