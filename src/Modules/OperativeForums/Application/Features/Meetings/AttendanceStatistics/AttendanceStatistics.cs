using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.AttendanceStatistics;

/// <summary>
/// For one forum, term and kind of organisation: how many times organisations of that kind were expected at a
/// held meeting (had their attendance recorded) and how many times they came. A low rate shows who stays away.
/// </summary>
public sealed record AttendanceStatisticsRow(
    Guid ForumId, string ForumName, string DistrictCode, string Term, string OrganisationKind, int HeldMeetings, int Expected, int Present, decimal AttendanceRate);

internal sealed record GetAttendanceStatistics(string? DistrictCode, Guid? ForumId, string? Term) : IQuery<IReadOnlyList<AttendanceStatisticsRow>>;

internal sealed class GetAttendanceStatisticsHandler(IOperativeForumsDbContext db, ICurrentUser user)
    : IQueryHandler<GetAttendanceStatistics, IReadOnlyList<AttendanceStatisticsRow>>
{
    public async Task<IReadOnlyList<AttendanceStatisticsRow>> Handle(GetAttendanceStatistics query, CancellationToken cancellationToken)
    {
        if (query.DistrictCode is not null && !await db.Districts.AnyAsync(d => d.Code == query.DistrictCode, cancellationToken))
        {
            throw new NotFoundException($"Unknown district '{query.DistrictCode}'.");
        }

        var term = Term.TryParse(query.Term, out var parsed) ? parsed : (Term?)null;
        var forums = db.Forums.AsNoTracking();
        if (!ForumAccess.SeesAllDistricts(user))
        {
            var visible = user.DistrictCodes;
            forums = forums.Where(f => visible.Contains(f.DistrictCode));
        }

        if (query.DistrictCode is not null)
        {
            forums = forums.Where(f => f.DistrictCode == query.DistrictCode);
        }

        if (query.ForumId is { } forumId)
        {
            forums = forums.Where(f => f.Id == forumId);
        }

        var meetings = db.Meetings.AsNoTracking().Where(m => m.Status == MeetingStatus.Held);
        if (term is { } t)
        {
            meetings = meetings.Where(m => m.Date >= t.FirstDay && m.Date <= t.LastDay);
        }

        var rows = await (
            from forum in forums
            join meeting in meetings on forum.Id equals meeting.ForumId
            from attendance in meeting.Attendance
            join organisation in db.Organisations on attendance.OrganisationId equals organisation.Id
            select new { forum.Id, forum.Name, forum.DistrictCode, MeetingId = meeting.Id, meeting.Date, attendance.OrganisationId, organisation.Kind, attendance.Present })
            .ToListAsync(cancellationToken);

        // An organisation counts as present at a meeting if it or any of its named members was there.
        return rows
            .GroupBy(r => (r.Id, r.Name, r.DistrictCode, r.MeetingId, r.Date, r.OrganisationId, r.Kind))
            .Select(g => (g.Key, Present: g.Any(r => r.Present)))
            .GroupBy(x => (x.Key.Id, x.Key.Name, x.Key.DistrictCode, Term: Term.Of(x.Key.Date).ToString(), x.Key.Kind))
            .Select(g => new AttendanceStatisticsRow(
                g.Key.Id, g.Key.Name, g.Key.DistrictCode, g.Key.Term, g.Key.Kind,
                g.Select(x => x.Key.MeetingId).Distinct().Count(), g.Count(), g.Count(x => x.Present),
                Math.Round((decimal)g.Count(x => x.Present) / g.Count(), 2)))
            .OrderBy(r => r.DistrictCode).ThenBy(r => r.ForumName).ThenByDescending(r => r.Term).ThenBy(r => r.OrganisationKind)
            .ToList();
    }
}
