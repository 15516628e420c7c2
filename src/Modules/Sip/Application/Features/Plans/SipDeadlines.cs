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

    public const string MeasureReference = "SoL 10 kap. 9 §, HSL 16 kap. 4 §: insats enligt planen, ansvarig och tidpunkt";

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

    /// <summary>
    /// When a version is agreed: each measure still running has one deadline on its due date, for its organisation
    /// and person. A running deadline whose measure is gone, finished or moved is cancelled; a moved one opens again.
    /// </summary>
    public async Task AgreeMeasuresAsync(SipPlan plan, int version, CancellationToken cancellationToken)
    {
        var running = await RunningAsync(plan, SipDeadlineKinds.MeasureDue, cancellationToken);
        foreach (var deadline in running)
        {
            var measure = plan.Measures.SingleOrDefault(m => m.Id == deadline.SubjectId);
            if (measure is null || measure.IsFinished || measure.DueDate != deadline.DueDate
                || measure.ResponsibleOrganisationId != deadline.ResponsibleOrganisationId || measure.ResponsibleUserId != deadline.ResponsibleUserId)
            {
                deadline.Cancel(time.GetUtcNow(), $"Replaced by version {version} of the plan");
            }
        }

        var kept = running.Where(d => d.Status is DeadlineStatus.Open or DeadlineStatus.Breached).Select(d => d.SubjectId).ToHashSet();
        foreach (var measure in plan.Measures.Where(m => !m.IsFinished && !kept.Contains(m.Id)))
        {
            db.Deadlines.Add(Deadline.Open(
                SipDeadlineKinds.MeasureDue, measure.Id, plan.DistrictCode, measure.ResponsibleOrganisationId, measure.ResponsibleUserId, measure.DueDate, MeasureReference, time.GetUtcNow()));
        }
    }

    /// <summary>A measure delivered meets its deadline; one cancelled cancels it.</summary>
    public async Task MeasureFinishedAsync(Measure measure, CancellationToken cancellationToken)
    {
        var running = await db.Deadlines
            .Where(d => d.SubjectId == measure.Id && d.Kind == SipDeadlineKinds.MeasureDue && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        foreach (var deadline in running)
        {
            if (measure.Status == MeasureStatuses.Delivered)
            {
                deadline.Meet(time.GetUtcNow());
            }
            else if (measure.Status == MeasureStatuses.Cancelled)
            {
                deadline.Cancel(time.GetUtcNow(), "The measure was cancelled");
            }
        }
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

    private async Task<List<Deadline>> RunningAsync(SipPlan plan, string kind, CancellationToken cancellationToken)
    {
        var subjects = plan.Measures.Select(m => m.Id).Append(plan.Id).ToList();
        return await db.Deadlines
            .Where(d => d.Kind == kind && subjects.Contains(d.SubjectId) && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Measures taken out of the draft end their deadlines at once: nobody is reminded of work no longer planned.</summary>
    public async Task MeasuresRemovedAsync(IReadOnlyCollection<Guid> measureIds, CancellationToken cancellationToken)
    {
        if (measureIds.Count == 0)
        {
            return;
        }

        var running = await db.Deadlines
            .Where(d => d.Kind == SipDeadlineKinds.MeasureDue && measureIds.Contains(d.SubjectId) && (d.Status == DeadlineStatus.Open || d.Status == DeadlineStatus.Breached))
            .ToListAsync(cancellationToken);
        running.ForEach(d => d.Cancel(time.GetUtcNow(), "The measure was taken out of the plan"));
    }

    private void Open(string kind, SipPlan plan, Guid responsible, DateOnly due, string reference) =>
        db.Deadlines.Add(Deadline.Open(kind, plan.Id, plan.DistrictCode, responsible, null, due, reference, time.GetUtcNow()));
}
