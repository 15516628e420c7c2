namespace Samverkan.Bus.Domain.Analysis;

/// <summary>
/// A SIP event counted in a district on a date, from SIP's deadline events (issue 15: SIP counts in a group's area
/// from events). The deadline's id keeps a redelivered event from counting twice; no plan, child or person is kept.
/// </summary>
public sealed class SipActivity
{
    /// <summary>A SIP was judged needed: its first-meeting deadline opened.</summary>
    public const string JudgedNeeded = "judged-needed";

    /// <summary>The first SIP meeting was held: its deadline was met.</summary>
    public const string FirstMeetingHeld = "first-meeting-held";

    private SipActivity()
    {
    }

    public SipActivity(Guid deadlineId, string kind, string districtCode, DateOnly on)
    {
        DeadlineId = deadlineId;
        Kind = kind;
        DistrictCode = districtCode;
        On = on;
    }

    public Guid DeadlineId { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    public string DistrictCode { get; private set; } = string.Empty;

    public DateOnly On { get; private set; }
}
