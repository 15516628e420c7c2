using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Meetings.GetMeeting;
using Samverkan.OperativeForums.Application.Features.Meetings.RecordAttendance;

namespace Samverkan.Host.Pages.Admin;

/// <summary>Records who came to a meeting: one checkbox per active member (organisation or named person).</summary>
public sealed class MeetingModel(IMediator mediator) : AdminPageModel(mediator)
{
    public ForumDto Forum { get; private set; } = null!;

    public MeetingDto Meeting { get; private set; } = null!;

    public IReadOnlyList<MembershipDto> Members { get; private set; } = [];

    /// <summary>The membership ids ticked as present.</summary>
    [BindProperty]
    public List<Guid> Present { get; set; } = [];

    public bool WasPresent(MembershipDto member) =>
        Meeting.Attendance.Any(a => a.OrganisationId == member.OrganisationId && a.MemberName == member.MemberName && a.Present);

    public async Task OnGetAsync(Guid forumId, Guid meetingId) => await LoadAsync(forumId, meetingId);

    public async Task<IActionResult> OnPostAsync(Guid forumId, Guid meetingId)
    {
        await LoadAsync(forumId, meetingId);
        ModelState.Clear();
        var entries = Members.Select(m => new AttendanceEntry(m.OrganisationId, m.MemberName, Present.Contains(m.Id))).ToList();
        var (ok, _) = await TrySendAsync(new RecordAttendance(forumId, meetingId, entries), "Attendance", "Entries");
        if (!ok)
        {
            return Page();
        }

        StatusMessage = "Närvaron är registrerad.";
        return RedirectToPage(new { forumId, meetingId });
    }

    private async Task LoadAsync(Guid forumId, Guid meetingId)
    {
        Forum = await Mediator.Send(new GetForum(forumId));
        Meeting = await Mediator.Send(new GetMeeting(forumId, meetingId, WithMinutes: false));
        Members = [.. Forum.Memberships.Where(m => m.LeftOn is null || m.LeftOn >= Meeting.Date).Where(m => m.JoinedOn <= Meeting.Date)];
    }
}
