using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>
/// A child investigation (20 kap. 3 § SoL): completed within four months of opening unless extended by a
/// decision with a reason. Opened on a school's report, it always covers the child's schooling (seed 001).
/// </summary>
public sealed class Investigation
{
    private Investigation()
    {
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public DateOnly OpenedOn { get; private set; }

    public DateOnly DueDate { get; private set; }

    public bool IncludesSchooling { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The day those affected were told the investigation opened (20 kap. 4 § SoL); null until recorded.</summary>
    public DateOnly? AffectedInformedOn { get; private set; }

    /// <summary>Who was told, e.g. "vårdnadshavare och barnet".</summary>
    public string? AffectedInformedWho { get; private set; }

    /// <summary>How they were told, e.g. "brev" or "samtal".</summary>
    public string? AffectedInformedHow { get; private set; }

    /// <summary>The case worker the unit manager assigned (a user id of the unit's roster); null until assigned.</summary>
    public string? CaseWorkerUserId { get; private set; }

    public bool IsAffectedInformed => AffectedInformedOn is not null;

    /// <summary>Assigns (or reassigns) the case worker; the handler has checked they belong to the unit. Returns the previous one.</summary>
    public string? AssignCaseWorker(string caseWorkerUserId)
    {
        var previous = CaseWorkerUserId;
        CaseWorkerUserId = caseWorkerUserId;
        return previous;
    }

    public bool IsOpen => CompletedOn is null;

    public static Investigation Open(Guid pupilId, string districtCode, DateOnly openedOn, DateOnly dueDate, bool onSchoolReport) =>
        new()
        {
            Id = Guid.NewGuid(),
            PupilId = pupilId,
            DistrictCode = districtCode,
            OpenedOn = openedOn,
            DueDate = dueDate,
            IncludesSchooling = onSchoolReport,
        };

    public void Extend(DateOnly newDueDate, string reason)
    {
        RequireOpen();
        DueDate = newDueDate;
        ExtensionReason = reason;
    }

    public void Complete(DateOnly today)
    {
        RequireOpen();
        CompletedOn = today;
    }

    /// <summary>
    /// Records the notice to those affected, once: on a day from the opening to today. It may be recorded after
    /// completion too, since the duty to inform does not lapse when the investigation ends.
    /// </summary>
    public void RecordAffectedInformed(DateOnly informedOn, string who, string how, DateOnly today)
    {
        if (IsAffectedInformed)
        {
            // The handler answers a second notice with a conflict before it gets here; reaching this is a bug.
            throw new InvalidOperationException("The notice to those affected is already recorded.");
        }

        LegalRuleCatalogue.Require(
            informedOn >= OpenedOn && informedOn <= today, LegalRuleKeys.InformAffected, OpenedOn,
            $"The notice is recorded on a day from the opening ({OpenedOn:yyyy-MM-dd}) to today ({today:yyyy-MM-dd}).");
        AffectedInformedOn = informedOn;
        AffectedInformedWho = who;
        AffectedInformedHow = how;
    }

    public void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new BusinessRuleViolationException("Investigation open", "The investigation is completed.");
        }
    }
}
