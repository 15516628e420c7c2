namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>
/// The legal rules with the day each applies from (references read from the consolidated texts of
/// 2025-12-15: SoL 2025:400 in force 2025-07-01, amended by SFS 2025:1501 from 2026-01-15; Skollagen
/// 2010:800, amended by SFS 2025:1497). Handlers ask for the rule in force on the day of the event, so a
/// case received before a change keeps the old rule. A later amendment is one more line here.
/// </summary>
public static class LegalRuleCatalogue
{
    private static readonly DateOnly NewSocialServicesAct = new(2025, 7, 1);
    private static readonly DateOnly January2026Amendments = new(2026, 1, 15);
    private static readonly DateOnly SchoolAct = new(2011, 7, 1);

    public static readonly IReadOnlyList<LegalRule> All =
    [
        new(LegalRuleKeys.ReportOfConcern, "19 kap. 1 § SoL (2025:400) [14 kap. 1 § SoL (2001:453)]", NewSocialServicesAct, "Schools report a concern to social services at once."),
        new(LegalRuleKeys.ProtectionAssessment, "20 kap. 1 § SoL (2025:400) [11 kap. 1 a § första st. SoL (2001:453)]", NewSocialServicesAct, "Protection assessment at once: the day of receipt, the next day when received late."),
        new(LegalRuleKeys.PreliminaryAssessment, "20 kap. 2 § SoL (2025:400) [11 kap. 1 a § SoL (2001:453)]", NewSocialServicesAct, "Preliminary assessment within 14 days of receipt; longer only for exceptional reasons."),
        new(LegalRuleKeys.ReportMeeting, "19 kap. 5 § SoL (2025:400) [14 kap. 1 a § SoL (2001:453)]", NewSocialServicesAct, "A meeting is offered to the child, guardians and the reporter when suitable."),
        new(LegalRuleKeys.FeedbackToReporter, "19 kap. 6 § SoL (2025:400, SFS 2025:1501) [14 kap. 1 b § SoL (2001:453)]", January2026Amendments, "Feedback to the reporter within one week of the decision to open an investigation or not."),
        new(LegalRuleKeys.FeedbackOnRequest, "19 kap. 6 § SoL (2025:400) [14 kap. 1 b § SoL (2001:453)]", NewSocialServicesAct, "Feedback to a reporter who asks for it after the decision, at once."),
        new(LegalRuleKeys.Investigation, "20 kap. 3 § SoL (2025:400) [11 kap. 2 § SoL (2001:453)]", NewSocialServicesAct, "A child investigation is completed within four months of opening; extension by decision."),
        // Jurist to check: the old-law equivalent in brackets (11 kap. 8 § SoL 2001:453, "den som berörs av en utredning
        // ska underrättas om att utredning inleds") was not read from a consolidated text, unlike the lines above.
        new(LegalRuleKeys.InformAffected, "20 kap. 4 § SoL (2025:400) [11 kap. 8 § SoL (2001:453)]", NewSocialServicesAct, "Those affected by a child investigation are informed at once that it opened."),
        new(LegalRuleKeys.CompulsorySuspensionLength, "5 kap. 14 § skollagen (2010:800)", SchoolAct, "Compulsory school: a suspension lasts at most one week."),
        new(LegalRuleKeys.CompulsorySuspensionCount, "5 kap. 14 § skollagen (2010:800)", SchoolAct, "Compulsory school: at most two suspensions per calendar half-year."),
        new(LegalRuleKeys.CompulsorySuspensionInform, "5 kap. 16 § skollagen (2010:800)", SchoolAct, "A pupil under 18 suspended: the social welfare board is informed."),
        new(LegalRuleKeys.SuspensionDecidedBy, "5 kap. 14 och 17 §§ skollagen (2010:800)", SchoolAct, "Only the principal decides a suspension; in upper secondary the organiser decides an extension."),
        new(LegalRuleKeys.SuspensionHearing, "5 kap. 23 § skollagen (2010:800)", SchoolAct, "The pupil and the guardians are heard before a suspension is decided."),
        new(LegalRuleKeys.CompensatoryTeaching, "5 kap. 15 § skollagen (2010:800)", SchoolAct, "A suspended compulsory-school pupil is offered compensatory teaching."),
        new(LegalRuleKeys.UpperSecondaryPrincipalLimit, "5 kap. 17 § skollagen (2010:800)", SchoolAct, "Upper secondary: the principal suspends at most two weeks per calendar half-year."),
        new(LegalRuleKeys.UpperSecondaryOrganiserLimit, "5 kap. 19 § skollagen (2010:800)", SchoolAct, "Upper secondary: the organiser's suspension never beyond the rest of the calendar half-year and three more."),
        new(LegalRuleKeys.UpperSecondaryConsultation, "5 kap. 20 § skollagen (2010:800)", SchoolAct, "Upper secondary, under 18, beyond two weeks: social services consulted before the decision."),
        new(LegalRuleKeys.UnexcusedAbsence, "7 kap. 17 § skollagen (2010:800)", SchoolAct, "Guardians are told of unexcused absence the same day."),
        new(LegalRuleKeys.AbsenceInvestigation, "7 kap. 19 a § skollagen (2010:800)", new DateOnly(2018, 7, 1), "Repeated or long absence: the principal investigates promptly and reports to the organiser."),
    ];

    /// <summary>The rule in force on the given day, or null when it did not yet apply (e.g. the one-week feedback before 2026-01-15).</summary>
    public static LegalRule? InForce(string key, DateOnly on) =>
        All.Where(rule => rule.Key == key && rule.AppliesFrom <= on).MaxBy(rule => rule.AppliesFrom);

    /// <summary>The rule in force, for rules that always apply in this product's lifetime.</summary>
    public static LegalRule Required(string key, DateOnly on) =>
        InForce(key, on) ?? throw new InvalidOperationException($"No rule '{key}' in force on {on:yyyy-MM-dd}.");
}
