using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Statistics;

/// <summary>Counts by the child's age band (age at the proposal; bands from configuration) and sex.</summary>
public sealed record SipAgeSexRow(string AgeBand, [property: ValuesOf(typeof(ChildSexes))] string Sex, string Proposed, string JudgedNeeded, string Agreed);

/// <summary>
/// Median days from proposal to the first meeting and from the first meeting to the first agreed version, with how
/// many plans each rests on; a median over fewer than 5 plans is not shown (null).
/// </summary>
public sealed record SipLeadTimesDto(string ToFirstMeeting, decimal? MedianDaysToFirstMeeting, string FirstMeetingToAgreed, decimal? MedianDaysFirstMeetingToAgreed);

/// <summary>Follow-up deadlines of the period's plans due by the end of the period, and how many were met by their date.</summary>
public sealed record SipFollowUpsDto(string Due, string HeldOnTime, decimal? ShareHeldOnTime);

internal static class SipLeadTimes
{
    public static SipLeadTimesDto Of(IReadOnlyList<(DateOnly Proposed, DateOnly? FirstMeeting, DateOnly? Agreed)> plans)
    {
        var toFirst = plans.Where(p => p.FirstMeeting is not null).Select(p => p.FirstMeeting!.Value.DayNumber - p.Proposed.DayNumber).ToList();
        var toAgreed = plans.Where(p => p.FirstMeeting is not null && p.Agreed is not null).Select(p => p.Agreed!.Value.DayNumber - p.FirstMeeting!.Value.DayNumber).ToList();
        return new SipLeadTimesDto(SmallCounts.Show(toFirst.Count), SmallCounts.MedianOf(toFirst), SmallCounts.Show(toAgreed.Count), SmallCounts.MedianOf(toAgreed));
    }
}
