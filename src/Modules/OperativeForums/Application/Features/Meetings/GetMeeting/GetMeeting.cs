using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Application.Features.Meetings.RecordAttendance;
using Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;

public sealed record MeetingDto(
    Guid Id, Guid ForumId, string ForumName, string DistrictCode, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Place, string Agenda,
    string Status, int Sequence, IReadOnlyList<AttendanceEntry> Attendance, IReadOnlyList<MinutesItemDto> Minutes);

/// <param name="Anonymised">True when the item names a child the reader may not see: name, consent and its
/// coverage are left out (ADR 0014).</param>
public sealed record MinutesItemDto(string Heading, string Notes, string? ChildName, string? ConsentReference, IReadOnlyList<Guid> ConsentCovers, bool Anonymised);

/// <param name="WithMinutes">False where the minutes are not shown (the console's attendance page): then none
/// are read, and no read of a child's data is audited that did not happen.</param>
internal sealed record GetMeeting(Guid ForumId, Guid MeetingId, bool WithMinutes = true) : IQuery<MeetingDto>;

internal sealed class GetMeetingHandler(IOperativeForumsDbContext db, ICurrentUser user) : IQueryHandler<GetMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(GetMeeting query, CancellationToken cancellationToken)
    {
        var (forum, meeting) = await db.LoadMeetingAsync(query.ForumId, query.MeetingId, user, manage: false, cancellationToken);
        // A child's name is read only by people of an organisation the consent covers that takes part in the
        // forum; seeing a district's forums is not enough.
        var reader = forum.TakesPart(user.OrganisationId) ? user.OrganisationId : Guid.Empty;
        if (query.WithMinutes && meeting.Minutes.Any(i => i.ChildName is not null))
        {
            // Reading minutes that name a child is a read of personal data: audited (the unit of work saves
            // queries' audit entries too), and so is being shown them without the name.
            var named = meeting.Minutes.Any(i => i.NamesChildTo(reader));
            db.AddAuditEntry(new AuditRecord("forum-meeting-minutes", meeting.Id, named ? "read" : "read-anonymised"));
        }

        return new MeetingDto(
            meeting.Id, forum.Id, forum.Name, forum.DistrictCode, meeting.Date, meeting.StartsAt, meeting.EndsAt, meeting.Place, meeting.Agenda,
            meeting.Status.ToString(), meeting.Sequence,
            [.. meeting.Attendance.Select(a => new AttendanceEntry(a.OrganisationId, a.MemberName, a.Present))],
            query.WithMinutes ? [.. meeting.Minutes.OrderBy(i => i.Position).Select(i => ToDto(i, reader))] : []);
    }

    private static MinutesItemDto ToDto(MinutesItem item, Guid reader) =>
        item.ChildName is null || item.NamesChildTo(reader)
            ? new MinutesItemDto(item.Heading, item.Notes, item.ChildName, item.ConsentReference, item.ConsentCovers, Anonymised: false)
            : new MinutesItemDto(item.Heading, item.Notes, null, null, [], Anonymised: true);
}
