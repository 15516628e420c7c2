using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Meetings;

/// <summary>How a SIP meeting is held.</summary>
public static class MeetingForms
{
    public const string InPerson = "in-person";
    public const string Digital = "digital";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { InPerson, Digital };
}

/// <summary>A summons goes to an organiser (municipality, region); an invitation to another organisation (school, preschool, police).</summary>
public static class CallKinds
{
    public const string Summons = "summons";
    public const string Invitation = "invitation";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Summons, Invitation };
}

/// <summary>
/// A SIP meeting the convener calls: when, in person (a place) or digital (a link), the question the meeting is to
/// answer, and one call per organisation taking part (a summons to an organiser, an invitation to others), each
/// naming the question that organisation is asked to answer; each organisation's answer is recorded on its call.
/// </summary>
public sealed class SipMeeting
{
    private readonly List<MeetingCall> _calls = [];

    private SipMeeting()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartsAt { get; private set; }

    public TimeOnly EndsAt { get; private set; }

    public string Form { get; private set; } = MeetingForms.InPerson;

    /// <summary>Where it is held in person; for a digital meeting, optional (e.g. where the family sits).</summary>
    public string? Place { get; private set; }

    /// <summary>How to join a digital meeting (a link or a dial-in); never the child's name.</summary>
    public string? JoinInformation { get; private set; }

    /// <summary>The question the meeting is to answer.</summary>
    public string Question { get; private set; } = string.Empty;

    /// <summary>The iCalendar SEQUENCE: raised by each change, so a calendar knows which copy is newer.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset CalledAt { get; private set; }

    public IReadOnlyList<MeetingCall> Calls => _calls;

    public static SipMeeting Call(
        Guid planId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string form, string? place, string? joinInformation, string question,
        IEnumerable<MeetingCall> calls, DateTimeOffset now)
    {
        if (endsAt <= startsAt)
        {
            throw new BusinessRuleViolationException("Meeting times", "The meeting ends after it starts.");
        }

        if (form == MeetingForms.InPerson && string.IsNullOrWhiteSpace(place))
        {
            throw new BusinessRuleViolationException("Place of a meeting in person", "A meeting in person names its place.");
        }

        if (form == MeetingForms.Digital && string.IsNullOrWhiteSpace(joinInformation))
        {
            throw new BusinessRuleViolationException("Joining a digital meeting", "A digital meeting says how to join it.");
        }

        var meeting = new SipMeeting
        {
            Id = Guid.NewGuid(), PlanId = planId, Date = date, StartsAt = startsAt, EndsAt = endsAt, Form = form, Place = place, JoinInformation = joinInformation,
            Question = question, CalledAt = now,
        };
        meeting._calls.AddRange(calls);
        if (meeting._calls.GroupBy(c => c.OrganisationId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new BusinessRuleViolationException("One call per organisation", $"Organisation {twice.Key} is called twice.");
        }

        return meeting;
    }

    public MeetingCall CallOf(Guid organisationId) =>
        _calls.SingleOrDefault(c => c.OrganisationId == organisationId)
        ?? throw new BusinessRuleViolationException("Called to the meeting", "Your organisation is not called to this meeting.");
}

/// <summary>One organisation's summons or invitation, with the question it is asked to answer, and its answer.</summary>
public sealed class MeetingCall
{
    private MeetingCall()
    {
    }

    public MeetingCall(Guid organisationId, bool isOrganiser, string question)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Kind = isOrganiser ? CallKinds.Summons : CallKinds.Invitation;
        Question = question;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Kind { get; private set; } = CallKinds.Invitation;

    public string Question { get; private set; } = string.Empty;

    /// <summary>Whether the organisation comes; null until it answers.</summary>
    public bool? Attending { get; private set; }

    /// <summary>The organisation's answer to its question (what it brings to the meeting).</summary>
    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public void Reply(bool attending, string? answer, DateTimeOffset now)
    {
        Attending = attending;
        Answer = answer;
        AnsweredAt = now;
    }
}
