using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Contracts;

namespace Samverkan.Sip.Application.Features.Collaboration;

internal sealed record ReportCollaborationFailure(Guid PlanId, string Description, IReadOnlyList<Guid> ConcernedOrganisationIds, DateOnly OccurredOn) : ICommand<Guid>;

/// <summary>
/// A participant reports from a plan that collaboration failed. BUS receives it through the outbox as a deviation
/// about organisations: the event carries the district and organisations, never the plan or the child.
/// </summary>
internal sealed class ReportCollaborationFailureHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<ReportCollaborationFailure, Guid>
{
    public async Task<Guid> Handle(ReportCollaborationFailure command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        if (command.ConcernedOrganisationIds.FirstOrDefault(o => !plan.TakesPart(o)) is { } outsider && outsider != Guid.Empty)
        {
            throw new BusinessRuleViolationException("Failure concerns participants", $"Organisation {outsider} does not take part in the plan.");
        }

        var failureId = Guid.NewGuid();
        db.AddIntegrationEvent(new CollaborationFailureReported
        {
            FailureId = failureId,
            DistrictCode = plan.DistrictCode,
            ReportedByOrganisationId = access.Organisation,
            ConcernedOrganisationIds = [.. command.ConcernedOrganisationIds.Distinct()],
            Description = command.Description,
            OccurredOn = command.OccurredOn,
            OccurredAt = time.GetUtcNow(),
        });
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "collaboration-failure-reported"));
        return failureId;
    }
}

internal sealed class ReportCollaborationFailureValidator : AbstractValidator<ReportCollaborationFailure>
{
    public ReportCollaborationFailureValidator()
    {
        RuleFor(c => c.Description).NotEmpty().WithMessage("Say what failed, without naming the child.").MaximumLength(InputBounds.Text);
        RuleFor(c => c.ConcernedOrganisationIds).NotEmpty().WithMessage("Name the organisations the failure concerns.")
            .Must(o => o.Count <= SipBounds.Organisations).WithMessage($"At most {SipBounds.Organisations} organisations.");
        RuleForEach(c => c.ConcernedOrganisationIds).NotEmpty();
    }
}
