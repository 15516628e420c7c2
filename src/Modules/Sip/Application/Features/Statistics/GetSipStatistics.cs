using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Statistics;

/// <summary>Counts per proposing organisation kind (is preschool or school proposing?) and sex.</summary>
public sealed record SipStatisticsRow(string ProposedByKind, [property: Samverkan.BuildingBlocks.Application.Documentation.ValuesOf(typeof(ChildSexes))] string Sex, string Proposed, string JudgedNeeded, string Agreed);

/// <summary>Organisations of a kind called to the district's SIP meetings in the period, and how many calls they answered they would not come to.</summary>
public sealed record MeetingAbsenceRow(string OrganisationKind, string Called, string Absent);

/// <summary>
/// <c>ShareDeliveredOnTime</c>: measures of the period's plans delivered by their due date, of those due by the end of
/// the period (null when fewer than 5 were due, as a share of a few could point at a child).
/// </summary>
public sealed record SipStatisticsDto(
    string DistrictCode, DateOnly From, DateOnly To, string Proposed, string JudgedNeeded, string Agreed, IReadOnlyList<SipStatisticsRow> Breakdown,
    string MeasuresDue, string MeasuresDeliveredOnTime, decimal? ShareDeliveredOnTime, IReadOnlyList<MeetingAbsenceRow> MeetingAbsence,
    string AgeBandSource, IReadOnlyList<SipAgeSexRow> ByAgeBandAndSex, SipLeadTimesDto LeadTimes, SipFollowUpsDto FollowUps);

internal sealed record GetSipStatistics(string DistrictCode, DateOnly From, DateOnly To) : IQuery<SipStatisticsDto>;

/// <summary>
/// SIPs proposed in a district over a period, how many were judged needed and agreed, split by the proposer's
/// organisation kind and the child's sex; the share of their measures delivered on time; and, for the meetings of
/// the period, the calls per organisation kind and how many were declined (absence from meetings). Only counts leave, those from 1 to 4 as "&lt;5", so no child can be recognised.
/// </summary>
internal sealed class GetSipStatisticsHandler(ISipDbContext db, ICurrentUser user, IOptions<SipStatisticsOptions> options) : IQueryHandler<GetSipStatistics, SipStatisticsDto>
{
    public static readonly string[] ReaderRoles = [Roles.SocialWorker, Roles.SocialServicesManager, Roles.Coordinator];

    public async Task<SipStatisticsDto> Handle(GetSipStatistics query, CancellationToken cancellationToken)
    {
        if (!ReaderRoles.Any(user.IsInRole) || !user.CoversDistrict(query.DistrictCode))
        {
            throw new ForbiddenException("SIP statistics of a district are for its social services and coordinators.");
        }

        var from = StockholmCalendar.StartOfDay(query.From);
        var to = StockholmCalendar.StartOfDay(query.To.AddDays(1));
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.DistrictCode == query.DistrictCode && p.ProposedAt >= from && p.ProposedAt < to)
            .Select(p => new { p.Id, p.ProposedByKind, p.ChildSex, p.ChildBirthDate, p.ProposedAt, p.FirstMeetingHeldOn, Needed = p.ConvenerOrganisationId != null, Agreed = p.AgreedVersions > 0 })
            .ToListAsync(cancellationToken);
        var rows = plans
            .GroupBy(p => (p.ProposedByKind, p.ChildSex))
            .OrderBy(g => g.Key.ProposedByKind).ThenBy(g => g.Key.ChildSex)
            .Select(g => new SipStatisticsRow(
                g.Key.ProposedByKind, g.Key.ChildSex, SmallCounts.Show(g.Count()), SmallCounts.Show(g.Count(p => p.Needed)), SmallCounts.Show(g.Count(p => p.Agreed))))
            .ToList();
        var measures = await db.Plans.AsNoTracking()
            .Where(p => p.DistrictCode == query.DistrictCode && p.ProposedAt >= from && p.ProposedAt < to)
            .SelectMany(p => p.Measures.Select(m => new { m.DueDate, m.Status, m.ActualEndDate }))
            .ToListAsync(cancellationToken);
        var due = measures.Where(m => m.DueDate <= query.To && m.Status != MeasureStatuses.Cancelled).ToList();
        var onTime = due.Count(m => m.Status == MeasureStatuses.Delivered && m.ActualEndDate <= m.DueDate);

        var calls = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= query.From && m.Date <= query.To && db.Plans.Any(p => p.Id == m.PlanId && p.DistrictCode == query.DistrictCode))
            .SelectMany(m => m.Calls.Select(c => new { c.OrganisationId, c.Attending }))
            .ToListAsync(cancellationToken);
        var called = calls.Select(c => c.OrganisationId).Distinct().ToList();
        var kinds = await db.KnownOrganisations.AsNoTracking().Where(o => called.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Kind, cancellationToken);
        var absence = calls
            .GroupBy(c => kinds.GetValueOrDefault(c.OrganisationId, "unknown"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MeetingAbsenceRow(g.Key, SmallCounts.Show(g.Count()), SmallCounts.Show(g.Count(c => c.Attending == false))))
            .ToList();
        var bands = options.Value;
        var byAge = plans
            .GroupBy(p => (Band: bands.BandOf(Age.On(p.ChildBirthDate, StockholmCalendar.ToLocalDate(p.ProposedAt))), Sex: p.ChildSex))
            .OrderBy(g => bands.Bands.ToList().FindIndex(b => b.Label == g.Key.Band) is var i and >= 0 ? i : int.MaxValue).ThenBy(g => g.Key.Sex, StringComparer.Ordinal)
            .Select(g => new SipAgeSexRow(g.Key.Band, g.Key.Sex, SmallCounts.Show(g.Count()), SmallCounts.Show(g.Count(p => p.Needed)), SmallCounts.Show(g.Count(p => p.Agreed))))
            .ToList();
        var planIds = plans.Select(p => p.Id).ToList();
        var firstAgreed = await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId) && v.Number == 1).ToDictionaryAsync(v => v.PlanId, v => v.AgreedOn, cancellationToken);
        var leadTimes = SipLeadTimes.Of([.. plans.Select(p => (StockholmCalendar.ToLocalDate(p.ProposedAt), p.FirstMeetingHeldOn, firstAgreed.TryGetValue(p.Id, out var on) ? on : (DateOnly?)null))]);
        var followUps = await db.Deadlines.AsNoTracking()
            .Where(d => d.Kind == SipDeadlineKinds.FollowUp && planIds.Contains(d.SubjectId) && d.DueDate <= query.To && d.Status != DeadlineStatus.Cancelled)
            .Select(d => new { d.DueDate, d.Status, d.MetAt })
            .ToListAsync(cancellationToken);
        var heldOnTime = followUps.Count(d => d.Status == DeadlineStatus.Met && d.MetAt is { } met && StockholmCalendar.ToLocalDate(met) <= d.DueDate);
        var followUpsDto = new SipFollowUpsDto(
            SmallCounts.Show(followUps.Count), SmallCounts.Show(heldOnTime), SmallCounts.TooFewToShow(followUps.Count) ? null : Math.Round((decimal)heldOnTime / followUps.Count, 2));
        return new SipStatisticsDto(
            query.DistrictCode, query.From, query.To, SmallCounts.Show(plans.Count), SmallCounts.Show(plans.Count(p => p.Needed)), SmallCounts.Show(plans.Count(p => p.Agreed)), rows,
            SmallCounts.Show(due.Count), SmallCounts.Show(onTime), SmallCounts.TooFewToShow(due.Count) ? null : Math.Round((decimal)onTime / due.Count, 2), absence,
            bands.AgeBandSource, byAge, leadTimes, followUpsDto);
    }
}

internal sealed class GetSipStatisticsValidator : AbstractValidator<GetSipStatistics>
{
    public GetSipStatisticsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends on or after it starts.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
