using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Domain.Consents;

namespace Samverkan.Sip.Application.Features.Consents;

internal sealed record RecordConsent(
    Guid PlanId, string PersonName, string PersonRole, string? MaturityJudgement, IReadOnlyList<Guid> CoveredOrganisationIds, IReadOnlyList<string> ExcludedInformation,
    DateOnly ValidFrom, DateOnly? ValidUntil, string Form, string DocumentedBy) : ICommand<Guid>;

/// <summary>The holding organisation records one person's consent; it may cover only organisations taking part.</summary>
internal sealed class RecordConsentHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<RecordConsent, Guid>
{
    public async Task<Guid> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        if (command.CoveredOrganisationIds.FirstOrDefault(o => !plan.TakesPart(o)) is { } outsider && outsider != Guid.Empty)
        {
            throw new BusinessRuleViolationException("Consent covers participants", $"Organisation {outsider} does not take part in the plan; add it first.");
        }

        var consent = Consent.Record(
            plan.Id, command.PersonName, command.PersonRole, command.MaturityJudgement, command.CoveredOrganisationIds, command.ExcludedInformation,
            command.ValidFrom, command.ValidUntil, command.Form, command.DocumentedBy, time.GetUtcNow());
        db.Consents.Add(consent);
        db.RequireUnchangedUntilSaved(plan);
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "consent-recorded"));
        return consent.Id;
    }
}

internal sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator()
    {
        RuleFor(c => c.PersonName).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.PersonRole).Must(ConsentingRoles.All.Contains).WithMessage($"The consenting person is one of {string.Join(", ", ConsentingRoles.All)}.");
        RuleFor(c => c.MaturityJudgement).MaximumLength(InputBounds.Text);
        RuleFor(c => c.CoveredOrganisationIds).NotEmpty().WithMessage("A consent names the organisations it covers.");
        RuleForEach(c => c.CoveredOrganisationIds).NotEmpty();
        RuleForEach(c => c.ExcludedInformation).Must(PlanInformation.All.Contains).WithMessage($"Excluded information is one of {string.Join(", ", PlanInformation.All)}.");
        RuleFor(c => c.Form).Must(ConsentForms.All.Contains).WithMessage($"The form is one of {string.Join(", ", ConsentForms.All)}.");
        RuleFor(c => c.DocumentedBy).NotEmpty().WithMessage("A consent names who documented it.").MaximumLength(InputBounds.Name);
    }
}
