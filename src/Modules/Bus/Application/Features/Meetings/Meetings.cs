using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Domain.Meetings;

namespace Samverkan.Bus.Application.Features.Meetings;

public sealed record MeetingItemDto(int Order, string Title, string? StandingItem, string? Minutes);

/// <summary>A party's attendance; <c>Present</c> is null until it is recorded.</summary>
public sealed record AttendanceDto(string PartyKind, string PartyName, bool? Present);

/// <summary>A deviation the local path has put on the group's agenda, in structured fields (its text is read on the deviation).</summary>
public sealed record AgendaDeviationDto(Guid Id, string Category, string CategoryName, DateOnly ReportedOn);

/// <summary>
/// A meeting; <c>DeviationsOnAgenda</c> lists, for a meeting today or later whose agenda has the standing item
/// "deviations", the group's deviations now waiting at the group-agenda stage (empty for a past meeting).
/// </summary>
public sealed record MeetingDto(
    Guid Id, Guid GroupId, DateOnly HeldOn, Guid TemplateId, int TemplateVersion, bool GroupsOwnTemplate, IReadOnlyList<MeetingItemDto> Items, IReadOnlyList<AttendanceDto> Attendance,
    IReadOnlyList<AgendaDeviationDto> DeviationsOnAgenda);

public sealed record MinutesInput(int Order, string Minutes);

public sealed record AttendanceInput(string PartyKind, bool Present);

/// <summary>
/// A meeting of the group from a template version: the one named, or else the group's newest own version, or else
/// the newest common one. Its agenda is copied, so a later version of the template leaves this meeting as it was.
/// </summary>
internal sealed record ScheduleMeeting(Guid GroupId, DateOnly HeldOn, Guid? TemplateId) : ICommand<Guid>;

internal sealed record RecordMinutes(Guid GroupId, Guid MeetingId, IReadOnlyList<MinutesInput> Items) : ICommand<Guid>;

internal sealed record RecordAttendance(Guid GroupId, Guid MeetingId, IReadOnlyList<AttendanceInput> Parties) : ICommand<Guid>;

internal sealed record ListMeetings(Guid GroupId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<MeetingDto>>;

internal sealed record GetMeeting(Guid GroupId, Guid MeetingId) : IQuery<MeetingDto>;

internal sealed class ScheduleMeetingHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<ScheduleMeeting, Guid>
{
    public async Task<Guid> Handle(ScheduleMeeting command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (!group.ExistsOn(command.HeldOn))
        {
            throw new BusinessRuleViolationException("Group exists", $"The group did not exist on {command.HeldOn:yyyy-MM-dd}.");
        }

        var usable = db.AgendaTemplates.AsNoTracking().Where(t => t.GroupId == null || t.GroupId == group.Id);
        var template = command.TemplateId is { } id
            ? await usable.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException($"No agenda template {id} for the group.")
            : await usable.Where(t => t.GroupId == group.Id).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(cancellationToken)
                ?? await usable.Where(t => t.GroupId == null).OrderByDescending(t => t.VersionNumber).FirstOrDefaultAsync(cancellationToken)
                ?? throw new BusinessRuleViolationException("Agenda template", "There is no agenda template yet: the common template's first version is made by the city.");
        if (await db.Meetings.AnyAsync(m => m.GroupId == group.Id && m.HeldOn == command.HeldOn, cancellationToken))
        {
            throw new ConflictException($"The group has a meeting on {command.HeldOn:yyyy-MM-dd} already.");
        }

        var meeting = new Meeting(group.Id, command.HeldOn, template);
        db.Meetings.Add(meeting);
        return meeting.Id;
    }
}

internal sealed class RecordMinutesHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<RecordMinutes, Guid>
{
    public async Task<Guid> Handle(RecordMinutes command, CancellationToken cancellationToken)
    {
        var (_, meeting) = await db.LoadMeetingAsync(command.GroupId, command.MeetingId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        foreach (var item in command.Items)
        {
            meeting.RecordMinutes(item.Order, item.Minutes.Trim());
        }

        return meeting.Id;
    }
}

internal sealed class RecordAttendanceHandler(IBusDbContext db, ICurrentUser user) : ICommandHandler<RecordAttendance, Guid>
{
    public async Task<Guid> Handle(RecordAttendance command, CancellationToken cancellationToken)
    {
        var (group, meeting) = await db.LoadMeetingAsync(command.GroupId, command.MeetingId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        var parties = group.Seats.Select(s => s.PartyKind).ToHashSet();
        foreach (var party in command.Parties)
        {
            meeting.RecordAttendance(party.PartyKind, party.Present, parties);
        }

        return meeting.Id;
    }
}

internal sealed class ListMeetingsHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListMeetings, IReadOnlyList<MeetingDto>>
{
    public async Task<IReadOnlyList<MeetingDto>> Handle(ListMeetings query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id);
        if (query.From is not null)
        {
            meetings = meetings.Where(m => m.HeldOn >= query.From);
        }

        if (query.To is not null)
        {
            meetings = meetings.Where(m => m.HeldOn <= query.To);
        }

        var parties = await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken);
        var onAgenda = await db.DeviationsOnAgendaAsync(group.Id, cancellationToken);
        var today = StockholmCalendar.Today(time);
        return [.. (await meetings.OrderBy(m => m.HeldOn).ToListAsync(cancellationToken)).Select(m => m.ToDto(group, parties, onAgenda, today))];
    }
}

internal sealed class GetMeetingHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(GetMeeting query, CancellationToken cancellationToken)
    {
        var (group, meeting) = await db.LoadMeetingAsync(query.GroupId, query.MeetingId, user, cancellationToken);
        return meeting.ToDto(
            group, await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken), await db.DeviationsOnAgendaAsync(group.Id, cancellationToken), StockholmCalendar.Today(time));
    }
}

internal static class MeetingLoading
{
    public static async Task<(BusGroup Group, Meeting Meeting)> LoadMeetingAsync(this IBusDbContext db, Guid groupId, Guid meetingId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(groupId, user, cancellationToken);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException($"No meeting {meetingId} in the group.");
        return (group, meeting);
    }

    /// <summary>The standing item that brings the group's deviations to its meeting.</summary>
    public const string DeviationsItem = "deviations";

    public static async Task<IReadOnlyList<AgendaDeviationDto>> DeviationsOnAgendaAsync(this IBusDbContext db, Guid groupId, CancellationToken cancellationToken)
    {
        var categories = await db.NamesAsync(CatalogueEntry.DeviationCategories, cancellationToken);
        return [.. (await db.Deviations.AsNoTracking().Where(d => d.GroupId == groupId && d.Stage == Deviation.GroupAgenda).OrderBy(d => d.ReportedOn)
                .Select(d => new { d.Id, d.CategoryCode, d.ReportedOn }).ToListAsync(cancellationToken))
            .Select(d => new AgendaDeviationDto(d.Id, d.CategoryCode, categories.GetValueOrDefault(d.CategoryCode, d.CategoryCode), d.ReportedOn))];
    }

    public static MeetingDto ToDto(this Meeting m, BusGroup group, IReadOnlyDictionary<string, string> partyNames, IReadOnlyList<AgendaDeviationDto> onAgenda, DateOnly today) => new(
        m.Id, m.GroupId, m.HeldOn, m.TemplateId, m.TemplateVersion, m.TemplateGroupId is not null,
        [.. m.Items.OrderBy(i => i.Order).Select(i => new MeetingItemDto(i.Order, i.Title, i.StandingItem, i.Minutes))],
        [.. group.Seats.Select(s => s.PartyKind).Union(m.Attendance.Select(a => a.PartyKind)).Order(StringComparer.Ordinal)
            .Select(p => new AttendanceDto(p, partyNames.GetValueOrDefault(p, p), m.Attendance.SingleOrDefault(a => a.PartyKind == p)?.Present))],
        m.HeldOn >= today && m.Items.Any(i => i.StandingItem == DeviationsItem) ? onAgenda : []);
}

internal sealed class RecordMinutesValidator : AbstractValidator<RecordMinutes>
{
    public RecordMinutesValidator()
    {
        RuleFor(c => c.Items).NotEmpty().Must(i => i is null || i.Count <= AgendaItemRules.MaxItems).WithMessage($"An agenda has at most {AgendaItemRules.MaxItems} items.");
        RuleForEach(c => c.Items).ChildRules(item => item.RuleFor(i => i.Minutes).NotEmpty().MaximumLength(InputBounds.Text));
    }
}

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(c => c.Parties).NotEmpty().Must(p => p is null || p.Count <= InputBounds.ListItems).WithMessage($"At most {InputBounds.ListItems} parties.");
        RuleForEach(c => c.Parties).ChildRules(party => party.RuleFor(p => p.PartyKind).NotEmpty().MaximumLength(InputBounds.Code));
    }
}

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetings>
{
    public ListMeetingsValidator() => RuleFor(q => q.To).WithinQueryRange(q => q.From);
}
