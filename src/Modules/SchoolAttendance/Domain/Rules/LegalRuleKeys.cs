namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>The rules this module applies; the deadline kinds reuse the same names where a rule sets a deadline.</summary>
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
    public const string CompulsorySuspensionLength = "suspension-compulsory-length";
    public const string CompulsorySuspensionCount = "suspension-compulsory-count";
    public const string CompulsorySuspensionInform = "suspension-compulsory-inform";
    public const string SuspensionDecidedBy = "suspension-decided-by";
    public const string SuspensionHearing = "suspension-hearing";
    public const string CompensatoryTeaching = "suspension-compensatory-teaching";
    public const string UpperSecondaryPrincipalLimit = "suspension-upper-secondary-principal";
    public const string UpperSecondaryOrganiserLimit = "suspension-upper-secondary-organiser";
    public const string UpperSecondaryConsultation = "suspension-upper-secondary-consultation";
    public const string UnexcusedAbsence = "absence-guardians-told";
    public const string AbsenceInvestigation = "absence-investigation";
}
