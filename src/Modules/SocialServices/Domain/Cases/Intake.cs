using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>
/// A report or suspension notice as social services registered it, with its receipt time: the start of the
/// protection assessment, the preliminary assessment and the decision whether to investigate. When an
/// investigation of the child is already open the intake is joined to it and no preliminary assessment is made.
/// </summary>
public sealed class Intake
{
    private Intake()
    {
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    /// <summary>The reporting school; Guid.Empty for a report registered directly (its reporter is described below).</summary>
    public Guid ReporterOrganisationId { get; private set; }

    /// <summary>One of <see cref="ReporterKinds"/>; decides whether the reporter is owed feedback.</summary>
    public string ReporterKind { get; private set; } = ReporterKinds.School;

    public string? ReporterOrganisationName { get; private set; }

    public string? ReporterContactName { get; private set; }

    public string? ReporterContactPhone { get; private set; }

    public string? ReporterContactEmail { get; private set; }

    /// <summary>One of <see cref="IntakeChannels"/>; a school's report arrives through the e-service.</summary>
    public string Channel { get; private set; } = IntakeChannels.EService;

    /// <summary>
    /// Social services' own record of who the child is (it cannot read the school's pupils): the twelve digits,
    /// null when not yet known or when the intake came from a school (the pupil id then names the child).
    /// </summary>
    public string? ChildIdentityNumber { get; private set; }

    /// <summary>One of IdentityNumberKinds; "not-yet-known" for a school's report (the school keeps the number).</summary>
    public string ChildIdentityKind { get; private set; } = IdentityNumberKinds.NotYetKnown;

    /// <summary>What the reporter said about a child whose identity is not yet known (name, age, where).</summary>
    public string? ChildDescription { get; private set; }

    public bool IsReporterEntitledToFeedback => ReporterKinds.EntitledToFeedback.Contains(ReporterKind);

    public string Source { get; private set; } = string.Empty;

    /// <summary>The report or suspension this intake registers; unique, so a redelivered notice registers once.</summary>
    public Guid SourceId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset? ProtectionAssessedAt { get; private set; }

    public string? ProtectionAssessment { get; private set; }

    public Guid? JoinedInvestigationId { get; private set; }

    public string? PreliminaryExtensionReason { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public bool? OpensInvestigation { get; private set; }

    public string? DecisionReasons { get; private set; }

    public Guid? InvestigationId { get; private set; }

    public DateTimeOffset? FeedbackGivenAt { get; private set; }

    public string? Feedback { get; private set; }

    public string MeetingStatus { get; private set; } = MeetingStatuses.NotOffered;

    /// <summary>The case worker the unit manager assigned (a user id of the unit's roster); null until assigned.</summary>
    public string? CaseWorkerUserId { get; private set; }

    public bool IsAssessmentDecided => DecidedOn is not null || JoinedInvestigationId is not null;

    /// <summary>Assigns (or reassigns) the case worker; the handler has checked they belong to the unit. Returns the previous one.</summary>
    public string? AssignCaseWorker(string caseWorkerUserId)
    {
        var previous = CaseWorkerUserId;
        CaseWorkerUserId = caseWorkerUserId;
        return previous;
    }

    public static Intake Register(Guid pupilId, string districtCode, Guid reporterOrganisationId, string source, Guid sourceId, DateTimeOffset receivedAt, Guid? openInvestigationId) =>
        new()
        {
            Id = Guid.NewGuid(),
            PupilId = pupilId,
            DistrictCode = districtCode,
            ReporterOrganisationId = reporterOrganisationId,
            Source = source,
            SourceId = sourceId,
            ReceivedAt = receivedAt.ToUniversalTime(), // PostgreSQL stores a moment in UTC; a caller may send any offset.
            JoinedInvestigationId = openInvestigationId,
        };

    /// <summary>A report registered by a social worker; the child id is social services' own key for the child.</summary>
    public static Intake RegisterDirect(
        Guid childId, string districtCode, DirectReporter reporter, string channel, ChildIdentity child, DateTimeOffset receivedAt, Guid? openInvestigationId)
    {
        var intake = Register(childId, districtCode, Guid.Empty, IntakeSources.DirectReport, Guid.NewGuid(), receivedAt, openInvestigationId);
        intake.ReporterKind = reporter.Kind;
        intake.ReporterOrganisationName = reporter.OrganisationName;
        intake.ReporterContactName = reporter.ContactName;
        intake.ReporterContactPhone = reporter.ContactPhone;
        intake.ReporterContactEmail = reporter.ContactEmail;
        intake.Channel = channel;
        intake.ChildIdentityNumber = child.Number;
        intake.ChildIdentityKind = child.Kind;
        intake.ChildDescription = child.Description;
        return intake;
    }

    public void RecordProtectionAssessment(string assessment, DateTimeOffset now)
    {
        if (ProtectionAssessedAt is not null)
        {
            throw new BusinessRuleViolationException("Protection assessment once", "The protection assessment is already recorded.");
        }

        ProtectionAssessment = assessment;
        ProtectionAssessedAt = now;
    }

    public void RecordPreliminaryExtension(string reason, DateOnly today)
    {
        RequireUndecided(today);
        PreliminaryExtensionReason = reason;
    }

    public void Decide(bool openInvestigation, string reasons, DateOnly today, Guid? investigationId)
    {
        RequireUndecided(today);
        DecidedOn = today;
        OpensInvestigation = openInvestigation;
        DecisionReasons = reasons;
        InvestigationId = investigationId;
    }

    public void GiveFeedback(string feedback, DateTimeOffset now)
    {
        if (!IsAssessmentDecided)
        {
            throw new BusinessRuleViolationException("Feedback after decision", "Feedback to the reporter follows the decision whether to investigate.");
        }

        Feedback = feedback;
        FeedbackGivenAt = now;
    }

    public void RecordMeeting(string status)
    {
        if (!MeetingStatuses.Recordable.Contains(status))
        {
            throw new BusinessRuleViolationException("Meeting status", $"A meeting is {string.Join(", ", MeetingStatuses.Recordable)}.");
        }

        if (status != MeetingStatuses.Offered && MeetingStatus == MeetingStatuses.NotOffered)
        {
            throw new BusinessRuleViolationException("Meeting offered first", "A meeting is accepted or declined only after it was offered.");
        }

        MeetingStatus = status;
    }

    private void RequireUndecided(DateOnly today)
    {
        LegalRuleCatalogue.Require(
            JoinedInvestigationId is null, LegalRuleKeys.PreliminaryAssessment, today,
            "An investigation of the child is already open: the report was joined to it and needs no preliminary assessment.");
        if (DecidedOn is not null)
        {
            throw new BusinessRuleViolationException("Decided once", "The preliminary assessment is already decided.");
        }
    }
}
