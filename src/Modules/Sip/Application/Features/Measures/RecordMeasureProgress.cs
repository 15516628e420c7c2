using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Measures;

internal sealed record RecordMeasureProgress(Guid PlanId, Guid MeasureId, string Status, DateOnly? ActualStartDate, DateOnly? ActualEndDate) : ICommand<MediatR.Unit>;

/// <summary>
/// The organisation responsible for a measure (or the convener) records how far it has come. Progress is not a
/// change of the plan: no approvals are cleared and no version is made. A delivered measure meets its deadline,
/// a cancelled one cancels it, so neither reminds anyone.
/// </summary>
internal sealed class RecordMeasureProgressHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines) : ICommandHandler<RecordMeasureProgress, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordMeasureProgress command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        var responsible = plan.Measures.SingleOrDefault(m => m.Id == command.MeasureId)?.ResponsibleOrganisationId;
        if (responsible is not null && responsible != access.Organisation && !plan.Holds(access.Organisation))
        {
            throw new ForbiddenException("The organisation responsible for the measure, or the convener, records its progress.");
        }

        var measure = plan.RecordMeasureProgress(command.MeasureId, command.Status, command.ActualStartDate, command.ActualEndDate);
        if (measure.IsFinished)
        {
            await deadlines.MeasureFinishedAsync(measure, cancellationToken);
        }

        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "measure-progress-recorded"));
        return MediatR.Unit.Value;
    }
}

internal sealed class RecordMeasureProgressValidator : AbstractValidator<RecordMeasureProgress>
{
    public RecordMeasureProgressValidator() =>
        RuleFor(c => c.Status).Must(MeasureStatuses.All.Contains).WithMessage($"A measure's status is one of {string.Join(", ", MeasureStatuses.All)}.");
}
