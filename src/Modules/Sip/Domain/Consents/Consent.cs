using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Consents;

/// <summary>
/// One consenting person's consent to share a SIP (a guardian, or the child with a recorded judgement of maturity):
/// which organisations it covers, which information it keeps back, when it is valid, how it was given and who
/// documented it; withdrawn at a moment, after which it covers no one.
/// </summary>
public sealed class Consent
{
    private Consent()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public string PersonName { get; private set; } = string.Empty;

    public string PersonRole { get; private set; } = ConsentingRoles.Guardian;

    /// <summary>Why the child is mature enough to consent; required when the child consents.</summary>
    public string? MaturityJudgement { get; private set; }

    public List<Guid> CoveredOrganisationIds { get; private set; } = [];

    public List<string> ExcludedInformation { get; private set; } = [];

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string Form { get; private set; } = ConsentForms.Written;

    public string DocumentedBy { get; private set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnRecordedBy { get; private set; }

    public static Consent Record(
        Guid planId, string personName, string personRole, string? maturityJudgement, IEnumerable<Guid> covered, IEnumerable<string> excluded,
        DateOnly validFrom, DateOnly? validUntil, string form, string documentedBy, DateTimeOffset now)
    {
        if (personRole == ConsentingRoles.Child && string.IsNullOrWhiteSpace(maturityJudgement))
        {
            throw new BusinessRuleViolationException("Child's maturity judged", "A child consents only with a recorded judgement of the child's maturity.");
        }

        if (validUntil < validFrom)
        {
            throw new BusinessRuleViolationException("Consent period", "A consent cannot end before it begins.");
        }

        return new Consent
        {
            Id = Guid.NewGuid(),
            PlanId = planId,
            PersonName = personName,
            PersonRole = personRole,
            MaturityJudgement = personRole == ConsentingRoles.Child ? maturityJudgement : null,
            CoveredOrganisationIds = covered.Distinct().ToList(),
            ExcludedInformation = excluded.Distinct().ToList(),
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            Form = form,
            DocumentedBy = documentedBy,
            RecordedAt = now,
        };
    }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public bool IsValidOn(DateOnly day) => !IsWithdrawn && ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);

    public void Withdraw(string recordedBy, DateTimeOffset now)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleViolationException("Withdrawn once", "The consent is already withdrawn.");
        }

        WithdrawnAt = now;
        WithdrawnRecordedBy = recordedBy;
    }
}
