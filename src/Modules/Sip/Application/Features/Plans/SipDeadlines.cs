using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

/// <summary>
/// The time limit to the first meeting, as configuration labelled with its source (domain.md, module 3: the law says
/// "at once"; Stockholm's own limit is unconfirmed; other regions' agreements use three weeks).
/// </summary>
public sealed class FirstMeetingOptions
{
    public int WithinDays { get; set; } = 21;

    public string Source { get; set; } = "SoL 10 kap. 8 § (genast); tidsgräns enligt andra regioners överenskommelser: tre veckor";
}

/// <summary>Opens and meets the module's deadlines (docs/adr/0006): the deadline engine reminds and escalates them.</summary>
internal sealed class SipDeadlines(ISipDbContext db, TimeProvider time, IOptions<FirstMeetingOptions> firstMeeting)
{
    public const string FollowUpReference = "SoL 10 kap. 9 §, HSL 16 kap. 4 §: uppföljning enligt planen";

    public DateOnly FirstMeetingDue(DateOnly judgedOn) => judgedOn.AddDays(firstMeeting.Value.WithinDays);

    public void OpenFirstMeeting(SipPlan plan, DateOnly judgedOn) =>
        Open(SipDeadlineKinds.FirstMeeting, plan, plan.ConvenerOrganisationId!.Value, FirstMeetingDue(judgedOn), firstMeeting.Value.Source);

    public void OpenFollowUp(SipPlan plan, DateOnly due) =>
        Open(SipDeadlineKinds.FollowUp, plan, plan.OverallResponsibleOrganisationId!.Value, due, FollowUpReference);

    public async Task MeetAsync(Guid planId, string kind, CancellationToken cancellationToken)
    {
        var current = await db.Deadlines
            .Where(d => d.SubjectId == planId && d.Kind == kind && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        current.ForEach(d => d.Meet(time.GetUtcNow()));
    }

    /// <summary>Cancels every deadline of the plan still running (its own and its measures'), so no reminder fires after closure.</summary>
    public async Task CancelAllAsync(SipPlan plan, string reason, CancellationToken cancellationToken)
    {
        var subjects = plan.Measures.Select(m => m.Id).Append(plan.Id).ToList();
        var running = await db.Deadlines
            .Where(d => subjects.Contains(d.SubjectId) && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        running.ForEach(d => d.Cancel(time.GetUtcNow(), reason));
    }

    private void Open(string kind, SipPlan plan, Guid responsible, DateOnly due, string reference) =>
        db.Deadlines.Add(Deadline.Open(kind, plan.Id, plan.DistrictCode, responsible, null, due, reference, time.GetUtcNow()));
}
