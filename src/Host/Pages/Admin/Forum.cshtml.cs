using MediatR;
using Microsoft.AspNetCore.Mvc;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.Host.Admin;
using Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;
using Samverkan.OperativeForums.Application.Features.Forums.AddMember;
using Samverkan.OperativeForums.Application.Features.Forums.EndMembership;
using Samverkan.OperativeForums.Application.Features.Forums.GetForum;
using Samverkan.OperativeForums.Application.Features.Forums.InviteOrganisation;
using Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;

namespace Samverkan.Host.Pages.Admin;

/// <summary>One forum: members (add, end), invitations of independent schools, meetings and the cadence warning.</summary>
public sealed class ForumModel(IMediator mediator) : AdminPageModel(mediator)
{
    public sealed class MemberInput
    {
        public Guid OrganisationId { get; set; }

        public string? MemberName { get; set; }

        public string? Role { get; set; }
    }

    public sealed class InviteInput
    {
        public Guid OrganisationId { get; set; }
    }

    [BindProperty]
    public MemberInput Member { get; set; } = new();

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public ForumDto Forum { get; private set; } = null!;

    public IReadOnlyList<OrganisationDto> Organisations { get; private set; } = [];

    public IReadOnlyList<MeetingSummaryDto> Meetings { get; private set; } = [];

    /// <summary>Independent schools of the district that are neither members nor awaiting an answer.</summary>
    public IEnumerable<OrganisationDto> InvitableSchools => Organisations.Where(o =>
        o.IsIndependent
        && Forum.Memberships.All(m => m.OrganisationId != o.Id || m.LeftOn is not null)
        && Forum.Invitations.All(i => i.OrganisationId != o.Id || i.Answer != "pending"));

    public async Task OnGetAsync(Guid id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id)
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(new AddMember(id, Member.OrganisationId, Member.MemberName, Member.Role ?? string.Empty), nameof(Member), nameof(Member.OrganisationId));
        return await AfterAsync(id, ok, "Medlemmen har lagts till.");
    }

    public async Task<IActionResult> OnPostEndMembershipAsync(Guid id, Guid membershipId)
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(new EndMembership(id, membershipId), "End", "Membership");
        return await AfterAsync(id, ok, "Medlemskapet har avslutats; det finns kvar i historiken.");
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id)
    {
        ModelState.Clear();
        var (ok, _) = await TrySendAsync(new InviteOrganisation(id, Invite.OrganisationId), nameof(Invite), nameof(Invite.OrganisationId));
        return await AfterAsync(id, ok, "Inbjudan är registrerad.");
    }

    // Post/redirect/get on success; on failure the same page again, with the messages next to the fields.
    private async Task<IActionResult> AfterAsync(Guid id, bool ok, string done)
    {
        if (ok)
        {
            StatusMessage = done;
            return RedirectToPage(new { id });
        }

        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        Forum = await Mediator.Send(new GetForum(id));
        Organisations = (await Mediator.Send(new ListOrganisations(Forum.DistrictCode, null, 1, Paging.MaxPageSize))).Items;
        Meetings = (await Mediator.Send(new ListMeetings(id, null, null, 1, 20))).Items;
    }
}
