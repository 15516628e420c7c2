using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

/// <summary>A measure as the draft writes it; <c>Id</c> names one of the plan's measures to rewrite it (progress and effect kept), null for a new one.</summary>
internal sealed record MeasureDraft(
    Guid? Id, string Description, Guid ResponsibleOrganisationId, string ResponsiblePerson, string? ResponsibleUserId, DateOnly StartDate, DateOnly DueDate, string Status,
    DateOnly? ActualStartDate, DateOnly? ActualEndDate, string? FamilyPart, string? OwnPlanReference);

internal sealed record ReviseDraft(
    Guid PlanId, string? Needs, string? Goals, Guid? OverallResponsibleOrganisationId, DateOnly? FollowUpDate, IReadOnlyList<MeasureDraft> Measures) : ICommand<MediatR.Unit>;

/// <summary>
/// An organiser taking part (or the convener) writes the draft. After agreement this starts the next version: the
/// approvals are cleared and the agreed version stays as it was.
/// </summary>
internal sealed class ReviseDraftHandler(ISipDbContext db, PlanAccess access, SipDeadlines deadlines) : ICommandHandler<ReviseDraft, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ReviseDraft command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        if (!plan.Holds(access.Organisation) && !plan.Organisers.Contains(access.Organisation))
        {
            throw new Samverkan.BuildingBlocks.Application.Errors.ForbiddenException("The convener or an organiser taking part writes the plan.");
        }

        var before = plan.Measures.Select(m => m.Id).ToList();
        plan.Revise(
            command.Needs, command.Goals, command.OverallResponsibleOrganisationId, command.FollowUpDate,
            [.. command.Measures.Select(m => (m.Id, new MeasureContent(
                m.Description, m.ResponsibleOrganisationId, m.ResponsiblePerson, m.ResponsibleUserId, m.StartDate, m.DueDate, m.Status,
                m.ActualStartDate, m.ActualEndDate, m.FamilyPart, m.OwnPlanReference)))]);
        await deadlines.MeasuresRemovedAsync([.. before.Except(plan.Measures.Select(m => m.Id))], cancellationToken);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "draft-revised"));
        return MediatR.Unit.Value;
    }
}

internal sealed class ReviseDraftValidator : AbstractValidator<ReviseDraft>
{
    public ReviseDraftValidator()
    {
        RuleFor(c => c.Needs).MaximumLength(InputBounds.LongText);
        RuleFor(c => c.Goals).MaximumLength(InputBounds.LongText);
        RuleFor(c => c.Measures).Must(m => m.Count <= SipBounds.Measures).WithMessage($"A plan has at most {SipBounds.Measures} measures.");
        RuleForEach(c => c.Measures).ChildRules(measure =>
        {
            measure.RuleFor(m => m.Description).NotEmpty().MaximumLength(InputBounds.Text);
            measure.RuleFor(m => m.ResponsiblePerson).NotEmpty().WithMessage("A measure names the person responsible.").MaximumLength(InputBounds.Name);
            measure.RuleFor(m => m.ResponsibleOrganisationId).NotEmpty();
            measure.RuleFor(m => m.ResponsibleUserId).MaximumLength(InputBounds.Name);
            measure.RuleFor(m => m.FamilyPart).MaximumLength(InputBounds.Text);
            measure.RuleFor(m => m.OwnPlanReference).MaximumLength(InputBounds.Line);
            measure.RuleFor(m => m.Status).Must(MeasureStatuses.All.Contains).WithMessage($"A measure's status is one of {string.Join(", ", MeasureStatuses.All)}.");
        });
    }
}

/// <summary>Bounds of SIP requests beyond the shared ones.</summary>
public static class SipBounds
{
    /// <summary>Measures of one plan: real plans have a handful; each is a row.</summary>
    public const int Measures = 50;

    /// <summary>Organisations one consent or one failure report names.</summary>
    public const int Organisations = 50;
}
