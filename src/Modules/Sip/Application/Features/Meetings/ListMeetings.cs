using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Meetings;

namespace Samverkan.Sip.Application.Features.Meetings;

/// <summary>One organisation's call; its question and answer null for a reader who may not see them.</summary>
public sealed record MeetingCallDto(
    Guid OrganisationId, [property: ValuesOf(typeof(CallKinds))] string Kind, string? Question, bool? Attending, string? Answer, DateTimeOffset? AnsweredAt);

public sealed record SipMeetingDto(
    Guid Id, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, [property: ValuesOf(typeof(MeetingForms))] string Form, string? Place, string? JoinInformation,
    string? Question, int Sequence, IReadOnlyList<MeetingCallDto> Calls);

internal sealed record ListMeetings(Guid PlanId) : IQuery<IReadOnlyList<SipMeetingDto>>;

/// <summary>
/// The plan's meetings as the caller's organisation may see them: every organisation taking part sees when and how;
/// the questions and answers are the plan's content, so the convener sees all of them, an organisation called its
/// own call and the meeting's question, and the others what a consent in force shares with them.
/// </summary>
internal sealed class ListMeetingsHandler(ISipDbContext db, PlanAccess access) : IQueryHandler<ListMeetings, IReadOnlyList<SipMeetingDto>>
{
    public async Task<IReadOnlyList<SipMeetingDto>> Handle(ListMeetings query, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(query.PlanId, cancellationToken);
        var sharing = await access.SharingFor(plan, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.PlanId == plan.Id).OrderBy(m => m.Date).ThenBy(m => m.StartsAt).ToListAsync(cancellationToken);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "meetings-read"));
        return [.. meetings.Select(m => MeetingView.Of(m, access.Organisation, sharing))];
    }
}

internal static class MeetingView
{
    public static SipMeetingDto Of(SipMeeting meeting, Guid reader, Sharing sharing)
    {
        var called = meeting.Calls.Any(c => c.OrganisationId == reader);
        var seesAll = sharing.Allowed && sharing.Shows(PlanInformation.Needs);
        return new SipMeetingDto(
            meeting.Id, meeting.Date, meeting.StartsAt, meeting.EndsAt, meeting.Form, meeting.Place, called || sharing.Allowed ? meeting.JoinInformation : null,
            called || seesAll ? meeting.Question : null, meeting.Sequence,
            [.. meeting.Calls.Select(c =>
            {
                var own = c.OrganisationId == reader || seesAll;
                return new MeetingCallDto(c.OrganisationId, c.Kind, own ? c.Question : null, c.Attending, own ? c.Answer : null, c.AnsweredAt);
            })]);
    }
}
