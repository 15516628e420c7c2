using Samverkan.BuildingBlocks.Domain.Rules;

namespace Samverkan.SocialServices.Domain.Rules;

/// <summary>
/// The rules of the Social Services Act (SoL) social services apply, with the day each applies from (references read
/// from the consolidated texts of 2025-12-15: SoL 2025:400 in force 2025-07-01, amended by SFS 2025:1501 from
/// 2026-01-15). Handlers ask for the rule in force on the day of the event, so a case received before a change keeps
/// the old rule. A later amendment is one more line here.
/// </summary>
public static class LegalRuleCatalogue
{
    private static readonly DateOnly NewSocialServicesAct = new(2025, 7, 1);
    private static readonly DateOnly January2026Amendments = new(2026, 1, 15);

    private static readonly LegalRuleBook Book = new(
    [
        new(LegalRuleKeys.ReportOfConcern, "19 kap. 1 § SoL (2025:400) [14 kap. 1 § SoL (2001:453)]", NewSocialServicesAct, "Schools report a concern to social services at once."),
        new(LegalRuleKeys.ProtectionAssessment, "20 kap. 1 § SoL (2025:400) [11 kap. 1 a § första st. SoL (2001:453)]", NewSocialServicesAct, "Protection assessment at once: the day of receipt, the next day when received late."),
        new(LegalRuleKeys.PreliminaryAssessment, "20 kap. 2 § SoL (2025:400) [11 kap. 1 a § SoL (2001:453)]", NewSocialServicesAct, "Preliminary assessment within 14 days of receipt; longer only for exceptional reasons.", LegalPeriod.OfDays(14)),
        new(LegalRuleKeys.ReportMeeting, "19 kap. 5 § SoL (2025:400) [14 kap. 1 a § SoL (2001:453)]", NewSocialServicesAct, "A meeting is offered to the child, guardians and the reporter when suitable."),
        new(LegalRuleKeys.FeedbackToReporter, "19 kap. 6 § SoL (2025:400, SFS 2025:1501) [14 kap. 1 b § SoL (2001:453)]", January2026Amendments, "Feedback to the reporter within one week of the decision to open an investigation or not.", LegalPeriod.OfDays(7)),
        new(LegalRuleKeys.FeedbackOnRequest, "19 kap. 6 § SoL (2025:400) [14 kap. 1 b § SoL (2001:453)]", NewSocialServicesAct, "Feedback to a reporter who asks for it after the decision, at once."),
        new(LegalRuleKeys.Investigation, "20 kap. 3 § SoL (2025:400) [11 kap. 2 § SoL (2001:453)]", NewSocialServicesAct, "A child investigation is completed within four months of opening; extension by decision.", LegalPeriod.OfMonths(4)),
        // Jurist to check: the old-law equivalent in brackets (11 kap. 8 § SoL 2001:453, "den som berörs av en utredning
        // ska underrättas om att utredning inleds") was not read from a consolidated text, unlike the lines above.
        new(LegalRuleKeys.InformAffected, "20 kap. 4 § SoL (2025:400) [11 kap. 8 § SoL (2001:453)]", NewSocialServicesAct, "Those affected by a child investigation are informed at once that it opened."),
        // Jurist to check, like the line above: the six months are domain.md's; the paragraphs in brackets (11 kap. 4 a-c §§,
        // follow-up of a child after an investigation closed without measures) were not read from a consolidated text.
        new(LegalRuleKeys.FollowUpAfterClosing, "23 kap. 1-5 §§ SoL (2025:400) [11 kap. 4 a-c §§ SoL (2001:453)]", NewSocialServicesAct, "The child's situation may be followed up after an investigation closed without measures; the follow-up ends at most six months after the closing.", LegalPeriod.OfMonths(6)),
        new(LegalRuleKeys.FollowUpContacts, "23 kap. 1-5 §§ SoL (2025:400) [11 kap. 4 c § SoL (2001:453)]", NewSocialServicesAct, "A follow-up needs no consent for contacts with the child and the guardians; contacts with others need the guardian's consent, and the child's own from age 15.", LegalPeriod.OfYears(15)),
    ]);

    public static IReadOnlyList<LegalRule> All => Book.All;

    /// <summary>The rule in force on the given day, or null when it did not yet apply.</summary>
    public static LegalRule? InForce(string key, DateOnly on) => Book.InForce(key, on);

    /// <summary>The rule in force, for rules that always apply in this product's lifetime.</summary>
    public static LegalRule Required(string key, DateOnly on) => Book.Required(key, on);

    /// <summary>Rejects what a rule forbids, naming the rule's paragraph (the 422 problem's "rule").</summary>
    public static void Require(bool condition, string ruleKey, DateOnly on, string detail) => Book.Require(condition, ruleKey, on, detail);
}
