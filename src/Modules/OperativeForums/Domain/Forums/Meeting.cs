using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// One meeting of a forum: planned for a Stockholm date and time, then held with its attendance and minutes.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    private readonly List<MeetingAttendance> _attendance = [];
    private readonly List<MinutesItem> _minutes = [];

    private Meeting()
    {
    }

    private Meeting(Guid id, Guid forumId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string place, string agenda)
    {
        Id = id;
        ForumId = forumId;
        Date = date;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Place = place;
        Agenda = agenda;
        Status = MeetingStatus.Planned;
    }

    public Guid Id { get; private set; }

    public Guid ForumId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly StartsAt { get; private set; }

    public TimeOnly EndsAt { get; private set; }

    public string Place { get; private set; } = string.Empty;

    public string Agenda { get; private set; } = string.Empty;

    public MeetingStatus Status { get; private set; }

    /// <summary>Bumped on every change, so calendar clients replace their copy of the invitation (RFC 5545 SEQUENCE).</summary>
    public int Sequence { get; private set; }

    public IReadOnlyList<MeetingAttendance> Attendance => _attendance;

    public IReadOnlyList<MinutesItem> Minutes => _minutes;

    public Term Term => Term.Of(Date);

    public static Meeting Plan(Guid forumId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string place, string agenda, DateOnly today)
    {
        if (date < today)
        {
            throw new BusinessRuleViolationException("Planned meeting in the future", $"A meeting on {date:yyyy-MM-dd} is in the past and cannot be planned; record it as held instead.");
        }

        if (endsAt <= startsAt)
        {
            throw new BusinessRuleViolationException("End after start", $"The meeting ends ({endsAt:HH\\:mm}) before it starts ({startsAt:HH\\:mm}).");
        }

        return new Meeting(Guid.NewGuid(), forumId, date, startsAt, endsAt, place, agenda);
    }

    /// <summary>Records who came. Replaces an earlier recording: the last one made is the true one.</summary>
    public void RecordAttendance(IEnumerable<MeetingAttendance> attendance, DateOnly today)
    {
        if (Date > today)
        {
            throw new BusinessRuleViolationException("Attendance after the meeting", "Attendance can be recorded on or after the day of the meeting.");
        }

        if (Status == MeetingStatus.Cancelled)
        {
            throw new BusinessRuleViolationException("Meeting not cancelled", "A cancelled meeting has no attendance.");
        }

        _attendance.Clear();
        _attendance.AddRange(attendance);
        Status = MeetingStatus.Held;
        Sequence++;
    }

    /// <summary>Replaces the minutes; each item obeys the consent rule (MinutesItem).</summary>
    public void RecordMinutes(IEnumerable<MinutesItem> items)
    {
        if (Status != MeetingStatus.Held)
        {
            throw new BusinessRuleViolationException("Minutes after the meeting", "Minutes are recorded for a held meeting: record its attendance first.");
        }

        _minutes.Clear();
        _minutes.AddRange(items.Select((item, index) => item.At(index)));
    }

    public void Cancel()
    {
        if (Status == MeetingStatus.Held)
        {
            throw new BusinessRuleViolationException("Meeting not held", "A held meeting cannot be cancelled.");
        }

        Status = MeetingStatus.Cancelled;
        Sequence++;
    }
}

public enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>Whether an organisation, or a named member of it, was present.</summary>
public sealed class MeetingAttendance
{
    private MeetingAttendance()
    {
    }

    public MeetingAttendance(Guid organisationId, string? memberName, bool present)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        MemberName = memberName;
        Present = present;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string? MemberName { get; private set; }

    public bool Present { get; private set; }
}

/// <summary>
/// One point of the minutes. Forum discussions about a named child need the written consent of the guardians
/// (and of the young person from 15; domain.md, "Module 1"): a child may be named only with a reference to the
/// recorded consent; without one the case is discussed anonymously and the minutes hold no personal data.
/// The consent names the organisations it lets see the child (ConsentCovers): only their people in the forum
/// read the name; everyone else reads the item without it (ADR 0014).
/// </summary>
public sealed class MinutesItem
{
    private MinutesItem()
    {
    }

    public MinutesItem(string heading, string notes, string? childName, string? consentReference, IReadOnlyCollection<Guid>? consentCovers = null)
    {
        if (!string.IsNullOrWhiteSpace(childName) && string.IsNullOrWhiteSpace(consentReference))
        {
            throw new BusinessRuleViolationException("Consent before naming a child", "A case discussed with a name needs a reference to the recorded written consent; without it, leave the child unnamed.");
        }

        if (!string.IsNullOrWhiteSpace(childName) && (consentCovers is null || consentCovers.Count == 0))
        {
            throw new BusinessRuleViolationException("Consent covers organisations", "A named child's item lists the organisations the consent covers (consentCovers): only they read the name.");
        }

        Id = Guid.NewGuid();
        Heading = heading;
        Notes = notes;
        ChildName = string.IsNullOrWhiteSpace(childName) ? null : childName;
        ConsentReference = ChildName is null ? null : consentReference;
        ConsentCovers = ChildName is null ? [] : [.. consentCovers!.Distinct()];
    }

    public Guid Id { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Notes { get; private set; } = string.Empty;

    public string? ChildName { get; private set; }

    public string? ConsentReference { get; private set; }

    /// <summary>The organisations the consent lets read the child's name; empty when no child is named.</summary>
    public List<Guid> ConsentCovers { get; private set; } = [];

    /// <summary>Whether someone of the organisation, taking part in the forum, may read the item with the child's name.</summary>
    public bool NamesChildTo(Guid organisationId) => ChildName is not null && ConsentCovers.Contains(organisationId);

    /// <summary>The item's place in the minutes (rows come back from the database in no particular order).</summary>
    public int Position { get; private set; }

    internal MinutesItem At(int position)
    {
        Position = position;
        return this;
    }
}
