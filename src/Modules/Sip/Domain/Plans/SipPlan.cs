using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Plans;

/// <summary>
/// A coordinated individual plan (SoL 10 kap. 8-9 §§, HSL 16 kap. 4 §) from proposal to agreement: proposed by
/// any party, judged by the municipality or the region (needed, with who convenes; or not needed, with a reason
/// the proposer reads), drafted by the organisations taking part and agreed when every organiser has approved.
/// The convening organisation holds the plan; nothing of it leaves that organisation without consent.
/// </summary>
public sealed class SipPlan
{
    private readonly List<Measure> _measures = [];
    private readonly List<Participant> _participants = [];

    private SipPlan()
    {
    }

    public Guid Id { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public string ChildName { get; private set; } = string.Empty;

    public DateOnly ChildBirthDate { get; private set; }

    public string ChildSex { get; private set; } = ChildSexes.Unknown;

    public Guid ProposedByOrganisationId { get; private set; }

    /// <summary>The proposer's organisation kind when proposing: statistics ask whether preschool or school convenes and proposes.</summary>
    public string ProposedByKind { get; private set; } = string.Empty;

    public DateTimeOffset ProposedAt { get; private set; }

    public string ProposalReason { get; private set; } = string.Empty;

    public string Status { get; private set; } = PlanStatuses.Proposed;

    public Guid? JudgedByOrganisationId { get; private set; }

    /// <summary>The day of the judgement that a SIP is needed: when work started ("at once", SoL 10 kap. 8 §).</summary>
    public DateOnly? JudgedOn { get; private set; }

    /// <summary>Why a SIP is not needed, written for the proposer.</summary>
    public string? NotNeededReason { get; private set; }

    /// <summary>The convening organisation, which holds the plan.</summary>
    public Guid? ConvenerOrganisationId { get; private set; }

    public DateOnly? FirstMeetingHeldOn { get; private set; }

    public string? Needs { get; private set; }

    public string? Goals { get; private set; }

    public Guid? OverallResponsibleOrganisationId { get; private set; }

    public DateOnly? FollowUpDate { get; private set; }

    public DateOnly? LastFollowUpHeldOn { get; private set; }

    /// <summary>The day the plan was evaluated (the effect of each measure judged) and the evaluation in words.</summary>
    public DateOnly? EvaluatedOn { get; private set; }

    public string? EvaluationSummary { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>A code of the closure reasons (configuration Sip:ClosureReasons, or consent-withdrawn).</summary>
    public string? ClosureReason { get; private set; }

    public string? ClosureNote { get; private set; }

    public bool IsClosed => Status == PlanStatuses.Closed;

    /// <summary>Closed because a consent was withdrawn: no longer a joint plan; only the convener keeps it.</summary>
    public bool ClosedByWithdrawal => IsClosed && ClosureReason == SipClosureReasons.ConsentWithdrawn;

    /// <summary>Organisers that approved the current draft; emptied by any change to it.</summary>
    public List<Guid> ApprovedBy { get; private set; } = [];

    /// <summary>How many versions have been agreed; the next agreement is version AgreedVersions + 1.</summary>
    public int AgreedVersions { get; private set; }

    /// <summary>The measures in the plan's order (the database returns them in any order).</summary>
    public IReadOnlyList<Measure> Measures => [.. _measures.OrderBy(m => m.Position)];

    public IReadOnlyList<Participant> Participants => _participants;

    public IEnumerable<Guid> Organisers => _participants.Where(p => p.IsOrganiser).Select(p => p.OrganisationId);

    public bool Holds(Guid organisationId) => ConvenerOrganisationId == organisationId;

    public bool TakesPart(Guid organisationId) => _participants.Any(p => p.OrganisationId == organisationId);

    public static SipPlan Propose(string districtCode, string childName, DateOnly childBirthDate, string childSex, Guid proposedBy, string proposedByKind, string reason, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            DistrictCode = districtCode,
            ChildName = childName,
            ChildBirthDate = childBirthDate,
            ChildSex = childSex,
            ProposedByOrganisationId = proposedBy,
            ProposedByKind = proposedByKind,
            ProposedAt = now,
            ProposalReason = reason,
        };

    public void JudgeNeeded(Guid judgedBy, bool judgeIsOrganiser, Guid convener, bool convenerIsOrganiser, DateOnly today)
    {
        RequireStatus(PlanStatuses.Proposed, "Judged once", "The proposal is already judged.");
        Status = PlanStatuses.InPreparation;
        JudgedByOrganisationId = judgedBy;
        JudgedOn = today;
        ConvenerOrganisationId = convener;
        AddParticipant(judgedBy, judgeIsOrganiser);
        AddParticipant(convener, convenerIsOrganiser);
    }

    public void JudgeNotNeeded(Guid judgedBy, string reason, DateOnly today)
    {
        RequireStatus(PlanStatuses.Proposed, "Judged once", "The proposal is already judged.");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleViolationException("Reason for not needed", "A judgement that no SIP is needed states the reason, which the proposer reads.");
        }

        Status = PlanStatuses.NotNeeded;
        JudgedByOrganisationId = judgedBy;
        JudgedOn = today;
        NotNeededReason = reason;
    }

    public void AddParticipant(Guid organisationId, bool isOrganiser)
    {
        RequireOpen();
        if (!TakesPart(organisationId))
        {
            _participants.Add(new Participant(organisationId, isOrganiser));
            ApprovedBy = [];
        }
    }

    public void RecordFirstMeeting(DateOnly heldOn)
    {
        RequireJudgedNeeded();
        RequireOpen();
        if (FirstMeetingHeldOn is not null)
        {
            throw new BusinessRuleViolationException("First meeting once", "The first meeting is already recorded.");
        }

        if (heldOn < JudgedOn)
        {
            throw new BusinessRuleViolationException("First meeting after judgement", "The first meeting cannot be held before the SIP was judged needed.");
        }

        FirstMeetingHeldOn = heldOn;
    }

    /// <summary>
    /// Replaces the draft. A measure named by the id of one of the plan's measures is rewritten and keeps its
    /// progress and effect; one without an id is new; the plan's measures not named are removed. A change after
    /// agreement starts the next version; the agreed one stays as it was.
    /// </summary>
    public void Revise(string? needs, string? goals, Guid? overallResponsible, DateOnly? followUpDate, IReadOnlyList<(Guid? Id, MeasureContent Content)> measures)
    {
        RequireJudgedNeeded();
        RequireOpen();
        if (overallResponsible is { } responsible && !Organisers.Contains(responsible))
        {
            throw new BusinessRuleViolationException("Overall responsibility", "Overall responsibility lies with an organiser (municipality or region) taking part in the plan.");
        }

        if (measures.FirstOrDefault(m => !TakesPart(m.Content.ResponsibleOrganisationId)) is { Content: { } outsider })
        {
            throw new BusinessRuleViolationException("Measure by a participant", $"Organisation {outsider.ResponsibleOrganisationId} responsible for a measure does not take part in the plan.");
        }

        if (measures.FirstOrDefault(m => m.Content.OwnPlanReference is not null && Organisers.Contains(m.Content.ResponsibleOrganisationId)) is { Content: { } organisers })
        {
            throw new BusinessRuleViolationException(
                "Own plan of another organisation", $"The measure '{organisers.Description}' is the municipality's or the region's: the reference to an own plan (e.g. the school's action programme) is for the other organisations' measures.");
        }

        if (measures.FirstOrDefault(m => m.Id is { } id && _measures.All(x => x.Id != id)) is { Id: { } unknown })
        {
            throw new BusinessRuleViolationException("Measure of the plan", $"The plan has no measure {unknown}; leave the id out for a new measure.");
        }

        if (measures.Where(m => m.Id is not null).GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1) is { Key: { } twice })
        {
            throw new BusinessRuleViolationException("Measure of the plan", $"The measure {twice} is named twice.");
        }

        var revised = new List<Measure>();
        foreach (var (id, content) in measures)
        {
            var measure = _measures.SingleOrDefault(m => m.Id == id);
            if (measure is null)
            {
                measure = new Measure(content);
            }
            else
            {
                measure.Write(content);
            }

            measure.PlaceAt(revised.Count);
            revised.Add(measure);
        }

        Needs = needs;
        Goals = goals;
        OverallResponsibleOrganisationId = overallResponsible;
        FollowUpDate = followUpDate;
        _measures.Clear();
        _measures.AddRange(revised);
        ApprovedBy = [];
        Status = PlanStatuses.InPreparation;
    }

    /// <summary>The progress of one measure as it runs (status, actual dates): not a change of the draft, so no new version.</summary>
    public Measure RecordMeasureProgress(Guid measureId, string status, DateOnly? actualStart, DateOnly? actualEnd)
    {
        RequireOpen();
        var measure = _measures.SingleOrDefault(m => m.Id == measureId)
            ?? throw new BusinessRuleViolationException("Measure of the plan", $"The plan has no measure {measureId}.");
        measure.Record(status, actualStart, actualEnd);
        return measure;
    }

    /// <summary>One organiser approves the current draft; true when that made every organiser's approval complete (the plan is agreed).</summary>
    public bool Approve(Guid organisationId)
    {
        RequireOpen();
        RequireStatus(PlanStatuses.InPreparation, "Draft to approve", "There is no changed draft to approve: the current version is already agreed.");
        if (!Organisers.Contains(organisationId))
        {
            throw new BusinessRuleViolationException("Approved by organisers", "Only an organiser taking part in the plan (municipality or region) approves it.");
        }

        if (OverallResponsibleOrganisationId is null || FollowUpDate is null)
        {
            throw new BusinessRuleViolationException(
                "Responsibility and follow-up before agreement", "The plan names the organiser with overall responsibility and the follow-up date before it can be approved.");
        }

        if (!ApprovedBy.Contains(organisationId))
        {
            ApprovedBy = [.. ApprovedBy, organisationId];
        }

        if (!Organisers.All(ApprovedBy.Contains))
        {
            return false;
        }

        Status = PlanStatuses.Agreed;
        AgreedVersions++;
        return true;
    }

    public void RecordFollowUp(DateOnly heldOn, DateOnly? nextFollowUp)
    {
        RequireOpen();
        if (AgreedVersions == 0)
        {
            throw new BusinessRuleViolationException("Follow-up of an agreed plan", "Only an agreed plan is followed up.");
        }

        LastFollowUpHeldOn = heldOn;
        FollowUpDate = nextFollowUp;
    }

    /// <summary>
    /// The evaluation of an agreed plan: the effect of each measure judged (by id), and the whole in words. It does
    /// not change the draft: the agreed versions and approvals stay as they are.
    /// </summary>
    public void Evaluate(DateOnly evaluatedOn, string summary, IReadOnlyDictionary<Guid, string> effects)
    {
        RequireOpen();
        if (AgreedVersions == 0)
        {
            throw new BusinessRuleViolationException("Evaluation of an agreed plan", "Only an agreed plan is evaluated.");
        }

        JudgeEffects(effects);
        EvaluatedOn = evaluatedOn;
        EvaluationSummary = summary;
    }

    /// <summary>Records the judgement of each named measure's effect (at a follow-up or the evaluation).</summary>
    public void JudgeEffects(IReadOnlyDictionary<Guid, string> effects)
    {
        if (effects.Keys.FirstOrDefault(id => _measures.All(m => m.Id != id)) is var unknown && unknown != Guid.Empty)
        {
            throw new BusinessRuleViolationException("Effect of a measure of the plan", $"The plan has no measure {unknown}.");
        }

        foreach (var measure in _measures)
        {
            if (effects.TryGetValue(measure.Id, out var effect))
            {
                measure.JudgeEffect(effect);
            }
        }
    }

    /// <summary>Closes the plan with a reason; closing twice is refused, and nothing is written to a closed plan.</summary>
    public void Close(string reason, string? note, DateOnly today)
    {
        RequireJudgedNeeded();
        RequireOpen();
        Status = PlanStatuses.Closed;
        ClosureReason = reason;
        ClosureNote = note;
        ClosedOn = today;
    }

    private void RequireOpen()
    {
        if (IsClosed)
        {
            throw new BusinessRuleViolationException("Plan open", $"The plan was closed on {ClosedOn:yyyy-MM-dd} ({ClosureReason}); nothing more is written to it.");
        }
    }

    private void RequireJudgedNeeded()
    {
        if (ConvenerOrganisationId is null)
        {
            throw new BusinessRuleViolationException("Judged needed first", "The plan is worked on only after the municipality or the region judged a SIP needed.");
        }
    }

    private void RequireStatus(string status, string rule, string message)
    {
        if (Status != status)
        {
            throw new BusinessRuleViolationException(rule, message);
        }
    }
}
