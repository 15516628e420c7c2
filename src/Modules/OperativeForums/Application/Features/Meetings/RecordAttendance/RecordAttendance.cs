using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordAttendance;

public sealed record AttendanceEntry(Guid OrganisationId, [MaxLength(InputBounds.Name)] string? MemberName, bool Present);

/// <summary>Records who came to a meeting (organisations, and named members), which marks it held.</summary>
internal sealed record RecordAttendance(Guid ForumId, Guid MeetingId, IReadOnlyList<AttendanceEntry> Entries) : ICommand<Guid>;

internal sealed class RecordAttendanceHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<RecordAttendance, Guid>
{
    public async Task<Guid> Handle(RecordAttendance command, CancellationToken cancellationToken)
    {
        var (_, meeting) = await db.LoadMeetingAsync(command.ForumId, command.MeetingId, user, manage: true, cancellationToken);
        var organisationIds = command.Entries.Select(e => e.OrganisationId).Distinct().ToList();
        var known = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        var unknown = organisationIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new BusinessRuleViolationException("Known organisation", $"Unknown organisation(s): {string.Join(", ", unknown)}.");
        }

        meeting.RecordAttendance(
            command.Entries.Select(e => new MeetingAttendance(e.OrganisationId, string.IsNullOrWhiteSpace(e.MemberName) ? null : e.MemberName.Trim(), e.Present)),
            StockholmCalendar.Today(time));
        return meeting.Id;
    }
}
