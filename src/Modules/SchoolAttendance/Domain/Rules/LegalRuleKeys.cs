namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>The Skollagen rules this module applies; the deadline kinds reuse the same names where a rule sets a deadline.</summary>
public static class LegalRuleKeys
{
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
