using Samverkan.Bus.Domain.Governance;

namespace Samverkan.Bus.Application.Features.Governance;

public sealed record PriorityDto(int Order, string Text);

public sealed record ActivityDto(Guid Id, string Title, Guid OwnerOrganisationId, string OwnerName, DateOnly DueOn, DateOnly? CompletedOn, bool Overdue);

public sealed record MilestoneDto(Guid Id, string Title, DateOnly DueOn, DateOnly? ReachedOn);

public sealed record FollowUpDto(DateOnly On, string Note);

public sealed record GoverningDocumentDto(
    Guid Id, Guid GroupId, string Kind, DateOnly PeriodFrom, DateOnly PeriodTo, string PeriodSource, bool UsesCommonTemplate, bool IsCurrent,
    DateOnly ReportDueOn, DateOnly? ReportedOn, IReadOnlyList<PriorityDto> Priorities, IReadOnlyList<ActivityDto> Activities,
    IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<FollowUpDto> FollowUps);

internal static class GoverningDocumentMapping
{
    public static GoverningDocumentDto ToDto(this GoverningDocument d, DateOnly today) => new(
        d.Id, d.GroupId, d.Kind, d.PeriodFrom, d.PeriodTo, d.PeriodSource, d.UsesCommonTemplate, d.IsCurrentOn(today), d.ReportDueOn, d.ReportedOn,
        [.. d.Priorities.OrderBy(p => p.Order).Select(p => new PriorityDto(p.Order, p.Text))],
        [.. d.Activities.OrderBy(a => a.DueOn).ThenBy(a => a.Title, StringComparer.Ordinal)
            .Select(a => new ActivityDto(a.Id, a.Title, a.OwnerOrganisationId, a.OwnerName, a.DueOn, a.CompletedOn, a.CompletedOn is null && a.DueOn < today))],
        [.. d.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneDto(m.Id, m.Title, m.DueOn, m.ReachedOn))],
        [.. d.FollowUps.OrderBy(f => f.On).Select(f => new FollowUpDto(f.On, f.Note))]);
}
