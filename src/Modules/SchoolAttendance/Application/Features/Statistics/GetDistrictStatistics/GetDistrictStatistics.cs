using Samverkan.BuildingBlocks.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SocialServices.Contracts;

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
/// Reports and suspensions are counted here; the casework's figures come from SocialServices already reduced
/// to figures (ICaseStatistics), so no case crosses into this module.
/// </summary>
internal sealed class GetDistrictStatisticsHandler(ISchoolAttendanceDbContext db, ICurrentUser user, ICaseStatistics caseStatistics) : IQueryHandler<GetDistrictStatistics, DistrictStatisticsDto>
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
        var reports = await db.ReportsOfConcern.AsNoTracking()
            .Where(r => r.ReportedAt >= fromInstant && r.ReportedAt < toInstant)
            .Join(db.Pupils.Where(p => p.HomeDistrictCode == district), r => r.PupilId, p => p.Id, (r, p) => new { Report = r, Pupil = p })
            .ToListAsync(cancellationToken);
        var suspensions = await db.Suspensions.AsNoTracking()
            .Where(s => s.StartDate >= from && s.StartDate <= to)
            .Join(db.Pupils.Where(p => p.HomeDistrictCode == district), s => s.PupilId, p => p.Id, (s, p) => new { Suspension = s, Pupil = p })
            .ToListAsync(cancellationToken);
        var schoolNames = await db.KnownOrganisations.AsNoTracking().Where(o => o.Kind == "school").ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var cases = await caseStatistics.OfDistrictAsync(district, from, to, cancellationToken);

        var breakdown = reports.Select(x => (Key: Key(x.Pupil, StockholmCalendar.ToLocalDate(x.Report.ReportedAt)), IsReport: true))
            .Concat(suspensions.Select(x => (Key: Key(x.Pupil, x.Suspension.StartDate), IsReport: false)))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Key.SchoolId).ThenBy(g => g.Key.Sex).ThenBy(g => g.Key.AgeBand)
            .Select(g => new BreakdownRow(
                g.Key.SchoolId, g.Key.SchoolId is { } id ? schoolNames.GetValueOrDefault(id) : null, g.Key.Sex, g.Key.AgeBand,
                SmallCounts.Show(g.Count(x => x.IsReport)), SmallCounts.Show(g.Count(x => !x.IsReport))))
            .ToList();

        return new DistrictStatisticsDto(
            district, from, to,
            SmallCounts.Show(reports.Count),
            SmallCounts.Show(suspensions.Count),
            cases.MedianDaysToPreliminaryAssessment,
            cases.ShareOfPreliminaryAssessmentsWithin14Days,
            cases.InvestigationsCompleted,
            cases.ShareOfInvestigationsWithinFourMonths,
            cases.InterventionsByKind,
            cases.ShareOfFeedbackWithinAWeek,
            breakdown);
    }

    private static (Guid? SchoolId, string Sex, string AgeBand) Key(Domain.Pupils.Pupil pupil, DateOnly on) =>
        (pupil.HasProtectedIdentity ? null : pupil.SchoolId, pupil.Sex.ToString().ToLowerInvariant(), AgeBands.Of(Age.On(pupil.BirthDate, on)));
}
