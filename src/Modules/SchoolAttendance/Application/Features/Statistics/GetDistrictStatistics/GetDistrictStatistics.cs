using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.SchoolAttendance.Application.Features.SocialServices;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.SocialServices;

namespace Samverkan.SchoolAttendance.Application.Features.Statistics.GetDistrictStatistics;

/// <summary>Counts per school, sex and age band; a protected-identity pupil's school is never named.</summary>
public sealed record BreakdownRow(Guid? SchoolId, string? SchoolName, string Sex, string AgeBand, string Reports, string Suspensions);

public sealed record DistrictStatisticsDto(
    string DistrictCode, DateOnly From, DateOnly To, string Reports, string Suspensions, double? MedianDaysToPreliminaryAssessment,
    double? ShareOfPreliminaryAssessmentsWithin14Days, string InvestigationsCompleted, double? ShareOfInvestigationsWithinFourMonths,
    IReadOnlyDictionary<string, string> InterventionsByKind, double? ShareOfFeedbackWithinAWeek, IReadOnlyList<BreakdownRow> Breakdown);

internal sealed record GetDistrictStatistics(string DistrictCode, DateOnly From, DateOnly To) : IQuery<DistrictStatisticsDto>;

/// <summary>
/// Statistics of one district (the pupils' home district) over a period, for its social services and for
/// coordinators covering it. Only counts leave: small ones as "&lt;5", medians and shares only over five or more.
/// </summary>
internal sealed class GetDistrictStatisticsHandler(ISchoolAttendanceDbContext db, ICurrentUser user) : IQueryHandler<GetDistrictStatistics, DistrictStatisticsDto>
{
    /// <summary>Who may read a district's statistics; also what the API document says the endpoint requires.</summary>
    public static readonly string[] ReaderRoles = [Roles.SocialWorker, Roles.SocialServicesManager, Roles.Coordinator];

    public async Task<DistrictStatisticsDto> Handle(GetDistrictStatistics query, CancellationToken cancellationToken)
    {
        var mayRead = ReaderRoles.Any(user.IsInRole);
        if (!mayRead || !user.CoversDistrict(query.DistrictCode))
        {
            throw new ForbiddenException("Statistics of a district are for its social services and coordinators.");
        }

        var (from, to, district) = (query.From, query.To, query.DistrictCode);
        var fromInstant = StockholmCalendar.StartOfDay(from);
        var toInstant = StockholmCalendar.StartOfDay(to.PlusDays(1));
        var intakes = await db.Intakes.AsNoTracking()
            .Where(i => i.DistrictCode == district && i.ReceivedAt >= fromInstant && i.ReceivedAt < toInstant)
            .Join(db.Pupils, i => i.PupilId, p => p.Id, (i, p) => new { Intake = i, Pupil = p })
            .ToListAsync(cancellationToken);
        var suspensions = await db.Suspensions.AsNoTracking()
            .Where(s => s.StartDate >= from && s.StartDate <= to)
            .Join(db.Pupils.Where(p => p.HomeDistrictCode == district), s => s.PupilId, p => p.Id, (s, p) => new { Suspension = s, Pupil = p })
            .ToListAsync(cancellationToken);
        var investigations = await db.Investigations.AsNoTracking()
            .Where(i => i.DistrictCode == district && i.OpenedOn >= from && i.OpenedOn <= to && i.CompletedOn != null)
            .Select(i => new { i.OpenedOn, i.CompletedOn })
            .ToListAsync(cancellationToken);
        var interventionKinds = await db.Interventions.AsNoTracking()
            .Where(i => i.DistrictCode == district && i.StartedOn >= from && i.StartedOn <= to)
            .GroupBy(i => i.KindCode)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var schoolNames = await db.KnownOrganisations.AsNoTracking().Where(o => o.Kind == "school").ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var preliminaryDays = intakes
            .Where(x => x.Intake.DecidedOn is not null)
            .Select(x => x.Intake.DecidedOn!.Value.DayNumber - StockholmCalendar.ToLocalDate(x.Intake.ReceivedAt).DayNumber)
            .ToList();
        var decidedUnderFeedbackRule = intakes.Where(x => x.Intake.DecidedOn is { } d && LegalDueDates.FeedbackRuleApplies(d)).Select(x => x.Intake).ToList();

        var breakdown = intakes.Select(x => (x.Pupil, Date: StockholmCalendar.ToLocalDate(x.Intake.ReceivedAt), IsReport: x.Intake.Source == IntakeSources.ReportOfConcern))
            .Where(x => x.IsReport)
            .Select(x => (Key: Key(x.Pupil, x.Date), IsReport: true))
            .Concat(suspensions.Select(x => (Key: Key(x.Pupil, x.Suspension.StartDate), IsReport: false)))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Key.SchoolId).ThenBy(g => g.Key.Sex).ThenBy(g => g.Key.AgeBand)
            .Select(g => new BreakdownRow(
                g.Key.SchoolId, g.Key.SchoolId is { } id ? schoolNames.GetValueOrDefault(id) : null, g.Key.Sex, g.Key.AgeBand,
                SmallCounts.Show(g.Count(x => x.IsReport)), SmallCounts.Show(g.Count(x => !x.IsReport))))
            .ToList();

        return new DistrictStatisticsDto(
            district, from, to,
            SmallCounts.Show(intakes.Count(x => x.Intake.Source == IntakeSources.ReportOfConcern)),
            SmallCounts.Show(suspensions.Count),
            Median(preliminaryDays),
            Share(preliminaryDays, days => days <= 14),
            SmallCounts.Show(investigations.Count),
            Share(investigations, i => i.CompletedOn <= LegalDueDates.Investigation(i.OpenedOn)),
            interventionKinds.ToDictionary(k => k.Kind, k => SmallCounts.Show(k.Count)),
            Share(decidedUnderFeedbackRule, i => i.FeedbackGivenAt is { } given && StockholmCalendar.ToLocalDate(given) <= LegalDueDates.FeedbackToReporter(i.DecidedOn!.Value)),
            breakdown);
    }

    private static (Guid? SchoolId, string Sex, string AgeBand) Key(Domain.Pupils.Pupil pupil, DateOnly on) =>
        (pupil.HasProtectedIdentity ? null : pupil.SchoolId, pupil.Sex.ToString().ToLowerInvariant(), AgeBands.Of(Age.On(pupil.BirthDate, on)));

    private static double? Median(List<int> values)
    {
        if (SmallCounts.TooFewToShow(values.Count))
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static double? Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        SmallCounts.TooFewToShow(items.Count) ? null : Math.Round((double)items.Count(predicate) / items.Count, 3);
}
