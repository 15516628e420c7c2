using System.Text;
using Samverkan.BuildingBlocks.Application.Calendar;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Meetings;

namespace Samverkan.Sip.Application.Features.Meetings;

internal sealed record GetMeetingInvitation(Guid PlanId, Guid MeetingId) : IQuery<string>;

/// <summary>
/// The meeting as an iCalendar invitation (the shared writer, BuildingBlocks' ICalendarText) for the convener and the
/// organisations called. A calendar is read by more people than the case, so it never names the child: the summary
/// is "SIP-möte", the description the reader's summons or invitation and its question.
/// </summary>
internal sealed class GetMeetingInvitationHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : IQueryHandler<GetMeetingInvitation, string>
{
    public async Task<string> Handle(GetMeetingInvitation query, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(query.PlanId, cancellationToken);
        var meeting = await db.Meetings.FindAsync([query.MeetingId], cancellationToken);
        if (meeting is null || meeting.PlanId != plan.Id)
        {
            throw new NotFoundException($"No meeting {query.MeetingId} in this SIP.");
        }

        var call = meeting.Calls.SingleOrDefault(c => c.OrganisationId == access.Organisation);
        if (call is null && !plan.Holds(access.Organisation))
        {
            throw new ForbiddenException("The invitation is for the organisations called to the meeting.");
        }

        var description = new StringBuilder();
        description.Append(call?.Kind == CallKinds.Summons ? "Kallelse till SIP-möte" : call is null ? "SIP-möte" : "Inbjudan till SIP-möte")
            .Append(meeting.Form == MeetingForms.Digital ? " (digitalt)" : " (på plats)").Append('\n')
            .Append("Mötet ska besvara: ").Append(meeting.Question);
        if (call is not null)
        {
            description.Append('\n').Append("Er fråga: ").Append(call.Question);
        }

        if (meeting.JoinInformation is { } join)
        {
            description.Append('\n').Append("Anslut: ").Append(join);
        }

        var location = meeting.Form == MeetingForms.Digital ? meeting.JoinInformation ?? "Digitalt" : meeting.Place ?? string.Empty;
        var calendarEvent = new CalendarEvent(
            meeting.Id, StockholmCalendar.ToInstant(meeting.Date, meeting.StartsAt), StockholmCalendar.ToInstant(meeting.Date, meeting.EndsAt),
            "SIP-möte", location, description.ToString(), meeting.Sequence, Cancelled: false);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "meeting-invitation-read"));
        return ICalendarText.Write("SIP", "SIP-möte", [calendarEvent], time.GetUtcNow());
    }
}
