using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Contracts;

namespace Samverkan.SocialServices.Application.Features.Statistics;

/// <summary>
/// The casework's figures of a district (the children's home district) over a period: days to the preliminary
/// assessment, investigations completed in time, interventions by kind, feedback within a week. Only figures
/// leave: small counts as "&lt;5", medians and shares only over five or more.
/// </summary>
internal sealed class CaseStatisticsQuery(ISocialServicesDbContext db) : ICaseStatistics
{
    public async Task<CaseStatistics> OfDistrictAsync(string districtCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromInstant = StockholmCalendar.StartOfDay(from);
        var toInstant = StockholmCalendar.StartOfDay(to.PlusDays(1));
        var intakes = await db.Intakes.AsNoTracking()
            .Where(i => i.DistrictCode == districtCode && i.ReceivedAt >= fromInstant && i.ReceivedAt < toInstant)
            .Select(i => new { i.ReceivedAt, i.DecidedOn, i.FeedbackGivenAt })
            .ToListAsync(cancellationToken);
        var investigations = await db.Investigations.AsNoTracking()
            .Where(i => i.DistrictCode == districtCode && i.OpenedOn >= from && i.OpenedOn <= to && i.CompletedOn != null)
            .Select(i => new { i.OpenedOn, i.CompletedOn })
            .ToListAsync(cancellationToken);
        var interventionKinds = await db.Interventions.AsNoTracking()
            .Where(i => i.DistrictCode == districtCode && i.StartedOn >= from && i.StartedOn <= to)
            .GroupBy(i => i.KindCode)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var preliminaryDays = intakes
            .Where(i => i.DecidedOn is not null)
            .Select(i => i.DecidedOn!.Value.DayNumber - StockholmCalendar.ToLocalDate(i.ReceivedAt).DayNumber)
            .ToList();
        var decidedUnderFeedbackRule = intakes.Where(i => i.DecidedOn is { } d && LegalDueDates.FeedbackRuleApplies(d)).ToList();
        return new CaseStatistics(
            (double?)SmallCounts.MedianOf(preliminaryDays),
            Share(preliminaryDays, days => days <= 14),
            SmallCounts.Show(investigations.Count),
            Share(investigations, i => i.CompletedOn <= LegalDueDates.Investigation(i.OpenedOn)),
            interventionKinds.ToDictionary(k => k.Kind, k => SmallCounts.Show(k.Count)),
            Share(decidedUnderFeedbackRule, i => i.FeedbackGivenAt is { } given && StockholmCalendar.ToLocalDate(given) <= LegalDueDates.FeedbackToReporter(i.DecidedOn!.Value)));
    }

    private static double? Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        SmallCounts.TooFewToShow(items.Count) ? null : Math.Round((double)items.Count(predicate) / items.Count, 3);
}
