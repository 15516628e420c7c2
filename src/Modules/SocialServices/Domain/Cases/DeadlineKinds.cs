namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>The deadline kinds this module opens; the reminder engine's rules key on these strings.</summary>
public static class DeadlineKinds
{
    public const string ProtectionAssessment = "protection-assessment";
    public const string PreliminaryAssessment = "preliminary-assessment";
    public const string FeedbackToReporter = "feedback-to-reporter";
    public const string Investigation = "investigation";
    public const string InformAffected = "inform-affected";
    public const string InterventionFollowUp = "intervention-follow-up";

    /// <summary>A follow-up after closing without measures ends by its decided day (23 kap. SoL); the subject is the investigation.</summary>
    public const string FollowUpAfterClosing = "follow-up-after-closing";

    /// <summary>A case worker is to be assigned to the intake by the end of the working day it arrived (the unit's own routine, not a law).</summary>
    public const string CaseWorkerAssignment = "case-worker-assignment";
}
