using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Participation;

namespace Samverkan.Sip.Application.Features.Participation;

internal sealed record RecordChildParticipation(
    Guid PlanId, Guid? MeetingId, DateOnly TookPartOn, IReadOnlyList<string> Ways, string? Representative, string? Adaptations) : ICommand<Guid>;

/// <summary>The convener records how the child took part on one occasion (optionally a meeting of the plan) and the adaptations made.</summary>
internal sealed class RecordChildParticipationHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<RecordChildParticipation, Guid>
{
    public async Task<Guid> Handle(RecordChildParticipation command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        if (command.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId && m.PlanId == plan.Id, cancellationToken))
        {
            throw new BusinessRuleViolationException("Meeting of the plan", $"The plan has no meeting {meetingId}.");
        }

        var participation = ChildParticipation.Record(
            plan.Id, command.MeetingId, command.TookPartOn, command.Ways, command.Representative, command.Adaptations, time.GetUtcNow());
        db.ChildParticipations.Add(participation);
        db.RequireUnchangedUntilSaved(plan);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "child-participation-recorded"));
        return participation.Id;
    }
}

internal sealed class RecordChildParticipationValidator : AbstractValidator<RecordChildParticipation>
{
    public RecordChildParticipationValidator()
    {
        RuleFor(c => c.Ways).NotEmpty().WithMessage("Say how the child took part.").Must(w => w.Count <= ParticipationWays.All.Count)
            .WithMessage($"At most {ParticipationWays.All.Count} ways.");
        RuleForEach(c => c.Ways).Must(ParticipationWays.All.Contains).WithMessage($"The child took part {string.Join(", ", ParticipationWays.All)}.");
        RuleFor(c => c.Representative).MaximumLength(InputBounds.Name);
        RuleFor(c => c.Adaptations).MaximumLength(InputBounds.Text);
    }
}
