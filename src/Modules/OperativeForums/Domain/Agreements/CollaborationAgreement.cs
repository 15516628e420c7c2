using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Agreements;

/// <summary>
/// A district's local collaboration agreement (samverkansöverenskommelse) between its parties. Seed 004 asks
/// for regular revision: each revision sets the next one due a fixed number of months later.
/// </summary>
public sealed class CollaborationAgreement : AggregateRoot
{
    public const string RevisionDeadlineKind = "forum-agreement-revision";
    public const string RevisionRuleReference = "Lokal överenskommelse, revision";

    private readonly List<AgreementRevision> _revisions = [];

    private CollaborationAgreement()
    {
    }

    public CollaborationAgreement(Guid id, string districtCode, IReadOnlyCollection<Guid> parties, Guid responsibleOrganisationId, DateOnly signedOn, int revisionIntervalMonths)
    {
        if (parties.Distinct().Count() < 2)
        {
            throw new BusinessRuleViolationException("Agreement parties", "An agreement has at least two parties.");
        }

        if (revisionIntervalMonths is < 1 or > 60)
        {
            throw new BusinessRuleViolationException("Revision interval", "An agreement is revised every 1-60 months.");
        }

        Id = id;
        DistrictCode = districtCode;
        Parties = [.. parties.Distinct()];
        ResponsibleOrganisationId = responsibleOrganisationId;
        SignedOn = signedOn;
        RevisionIntervalMonths = revisionIntervalMonths;
        NextRevisionDue = signedOn.PlusMonths(revisionIntervalMonths);
    }

    public Guid Id { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public List<Guid> Parties { get; private set; } = [];

    /// <summary>The party that sees to the revision (the district's social services by default).</summary>
    public Guid ResponsibleOrganisationId { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public int RevisionIntervalMonths { get; private set; }

    public DateOnly NextRevisionDue { get; private set; }

    public IReadOnlyList<AgreementRevision> Revisions => _revisions;

    public DateOnly LastRevisedOn => _revisions.Count == 0 ? SignedOn : _revisions.Max(r => r.RevisedOn);

    public void Revise(DateOnly revisedOn, string? note, DateOnly today)
    {
        if (revisedOn > today)
        {
            throw new BusinessRuleViolationException("Revision not in the future", "A revision is recorded once it has been made.");
        }

        if (revisedOn < LastRevisedOn)
        {
            throw new BusinessRuleViolationException("Revision after the last one", $"The revision date is before the last revision or signing ({LastRevisedOn:yyyy-MM-dd}).");
        }

        _revisions.Add(new AgreementRevision(revisedOn, note));
        NextRevisionDue = revisedOn.PlusMonths(RevisionIntervalMonths);
    }
}

public sealed class AgreementRevision
{
    private AgreementRevision()
    {
    }

    internal AgreementRevision(DateOnly revisedOn, string? note)
    {
        Id = Guid.NewGuid();
        RevisedOn = revisedOn;
        Note = note;
    }

    public Guid Id { get; private set; }

    public DateOnly RevisedOn { get; private set; }

    public string? Note { get; private set; }
}
