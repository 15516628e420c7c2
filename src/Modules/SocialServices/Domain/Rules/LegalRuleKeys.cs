namespace Samverkan.SocialServices.Domain.Rules;

/// <summary>The SoL rules this module applies; the deadline kinds reuse the same names where a rule sets a deadline.</summary>
public static class LegalRuleKeys
{
    public const string ReportOfConcern = "report-of-concern";
    public const string ProtectionAssessment = "protection-assessment";
    public const string PreliminaryAssessment = "preliminary-assessment";
    public const string ReportMeeting = "report-meeting";
    public const string FeedbackToReporter = "feedback-to-reporter";
    public const string FeedbackOnRequest = "feedback-on-request";
    public const string Investigation = "investigation";
    public const string InformAffected = "inform-affected";
    public const string FollowUpAfterClosing = "follow-up-after-closing";
    public const string FollowUpContacts = "follow-up-contacts";
}
