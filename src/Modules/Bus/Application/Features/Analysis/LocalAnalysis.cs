using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Application.Features.Spider;
using Samverkan.Bus.Domain.Catalogues;

namespace Samverkan.Bus.Application.Features.Analysis;

/// <summary>How often a party of the group attended the meetings held in the period (organisations, shown exactly).</summary>
public sealed record PartyAttendanceDto(string PartyKind, string PartyName, int Meetings, int Attended, int NotRecorded);

/// <summary>The individual cases raised in the group in the period, counts only ("&lt;5" for 1-4): no case or child is named here.</summary>
public sealed record CaseCountsDto(string Raised, string Anonymous, string Named, string LinkedToSip, string Closed);

public sealed record LocalAnalysisDto(
    Guid GroupId, string GroupName, DateOnly From, DateOnly To, string Deviations, IReadOnlyList<CategoryCountDto> DeviationsByCategory,
    IReadOnlyList<PartyCountDto> DeviationsByParty, SipCountsDto Sip, int MeetingsHeld, IReadOnlyList<PartyAttendanceDto> Attendance,
    IReadOnlyList<MeasurementDto> Spider, CaseCountsDto IndividualCases);

/// <summary>
/// The group's local analysis for a period (this year to today by default), for its parties: deviations by category
/// and by party, SIP counts in its area from SIP's events, attendance per party and the spider series; counts that
/// may concern a child under 5 are shown as "&lt;5". It feeds the priorities of the next action plan.
/// </summary>
internal sealed record GetLocalAnalysis(Guid GroupId, DateOnly? From, DateOnly? To) : IQuery<LocalAnalysisDto>;

internal sealed class GetLocalAnalysisHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetLocalAnalysis, LocalAnalysisDto>
{
    public async Task<LocalAnalysisDto> Handle(GetLocalAnalysis query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var today = StockholmCalendar.Today(time);
        var to = query.To ?? today;
        var from = query.From ?? new DateOnly(to.Year, 1, 1);
        var counts = await db.CountAsync(group, from, to, cancellationToken);

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id && m.HeldOn >= from && m.HeldOn <= to).ToListAsync(cancellationToken);
        var parties = await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken);
        var attendance = group.Seats.Select(s => s.PartyKind).Order(StringComparer.Ordinal).Select(p => new PartyAttendanceDto(
            p, parties.GetValueOrDefault(p, p), meetings.Count,
            meetings.Count(m => m.Attendance.Any(a => a.PartyKind == p && a.Present)),
            meetings.Count(m => m.Attendance.All(a => a.PartyKind != p)))).ToList();

        var spider = await db.SpiderSeriesAsync(user, group.Id, from, to, cancellationToken);
        var caseCounts = await db.CountCasesAsync(group.Id, from, to, cancellationToken);
        return new LocalAnalysisDto(
            group.Id, group.Name, from, to, counts.DeviationsTotal, counts.ByCategory, counts.ByParty, counts.Sip, meetings.Count, attendance, spider, caseCounts);
    }
}

internal sealed class GetLocalAnalysisValidator : AbstractValidator<GetLocalAnalysis>
{
    public GetLocalAnalysisValidator() => RuleFor(q => q.To).WithinQueryRange(q => q.From);
}
