namespace Samverkan.SocialServices.Contracts;

/// <summary>Social services' figures of a district over a period: only counts, medians and shares leave the module.</summary>
public sealed record CaseStatistics(
    double? MedianDaysToPreliminaryAssessment, double? ShareOfPreliminaryAssessmentsWithin14Days, string InvestigationsCompleted,
    double? ShareOfInvestigationsWithinFourMonths, IReadOnlyDictionary<string, string> InterventionsByKind, double? ShareOfFeedbackWithinAWeek);

/// <summary>
/// The one synchronous door into SocialServices: district statistics, already reduced to figures (small counts
/// as "&lt;5"), so no case crosses the secrecy line. The caller authorises the reader.
/// </summary>
public interface ICaseStatistics
{
    Task<CaseStatistics> OfDistrictAsync(string districtCode, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
