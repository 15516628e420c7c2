using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Domain.Meetings;

/// <summary>
/// A meeting of a group, held from one version of an agenda template: its items are copied when the meeting is
/// set up, so a later version of the template leaves it as it was. Minutes per item and attendance per party.
/// </summary>
public sealed class Meeting : AggregateRoot
{
    private readonly List<MeetingItem> _items = [];
    private readonly List<Attendance> _attendance = [];

    private Meeting()
    {
    }

    public Meeting(Guid groupId, DateOnly heldOn, AgendaTemplate template)
    {
        Id = Guid.NewGuid();
        GroupId = groupId;
        HeldOn = heldOn;
        TemplateId = template.Id;
        TemplateVersion = template.VersionNumber;
        TemplateGroupId = template.GroupId;
        _items.AddRange(template.Items.OrderBy(i => i.Order).Select(i => new MeetingItem(i.Order, i.Title, i.StandingItem)));
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>The template version the agenda came from (recorded use of the template).</summary>
    public Guid TemplateId { get; private set; }

    public int TemplateVersion { get; private set; }

    /// <summary>The group whose adaptation was used; null when the common template was.</summary>
    public Guid? TemplateGroupId { get; private set; }

    public IReadOnlyList<MeetingItem> Items => _items;

    public IReadOnlyList<Attendance> Attendance => _attendance;

    public void RecordMinutes(int order, string minutes)
    {
        var item = _items.SingleOrDefault(i => i.Order == order)
            ?? throw new BusinessRuleViolationException("Agenda item", $"The meeting's agenda has no item {order}.");
        if (FreeText.HasPersonalIdentityNumber(minutes))
        {
            throw new BusinessRuleViolationException("No personnummer", "Minutes of a BUS meeting are about organisations: remove the personnummer.");
        }

        item.Minutes = minutes;
    }

    /// <summary>Who attended, per party of the group; a party recorded again is replaced.</summary>
    public void RecordAttendance(string partyKind, bool present, IReadOnlySet<string> partiesOfGroup)
    {
        if (!partiesOfGroup.Contains(partyKind))
        {
            throw new BusinessRuleViolationException("Party of the group", $"'{partyKind}' is not a party of the group.");
        }

        var existing = _attendance.SingleOrDefault(a => a.PartyKind == partyKind);
        if (existing is null)
        {
            _attendance.Add(new Attendance(partyKind, present));
        }
        else
        {
            existing.Present = present;
        }
    }
}

public sealed class MeetingItem
{
    private MeetingItem()
    {
    }

    internal MeetingItem(int order, string title, string? standingItem)
    {
        Id = Guid.NewGuid();
        Order = order;
        Title = title;
        StandingItem = standingItem;
    }

    public Guid Id { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? StandingItem { get; private set; }

    public string? Minutes { get; internal set; }
}

public sealed class Attendance
{
    private Attendance()
    {
    }

    internal Attendance(string partyKind, bool present)
    {
        Id = Guid.NewGuid();
        PartyKind = partyKind;
        Present = present;
    }

    public Guid Id { get; private set; }

    public string PartyKind { get; private set; } = string.Empty;

    public bool Present { get; internal set; }
}
