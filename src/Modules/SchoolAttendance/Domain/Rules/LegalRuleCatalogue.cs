using Samverkan.BuildingBlocks.Domain.Rules;

namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>
/// The rules of the Education Act (Skollagen 2010:800, amended by SFS 2025:1497) the school side applies, with the day
/// each applies from. Handlers ask for the rule in force on the day of the event. A later amendment is one more line here.
/// </summary>
public static class LegalRuleCatalogue
{
    private static readonly DateOnly SchoolAct = new(2011, 7, 1);

    private static readonly LegalRuleBook Book = new(
    [
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
    ]);

    public static IReadOnlyList<LegalRule> All => Book.All;

    /// <summary>The rule in force on the given day, or null when it did not yet apply.</summary>
    public static LegalRule? InForce(string key, DateOnly on) => Book.InForce(key, on);

    /// <summary>The rule in force, for rules that always apply in this product's lifetime.</summary>
    public static LegalRule Required(string key, DateOnly on) => Book.Required(key, on);

    /// <summary>Rejects what a rule forbids, naming the rule's paragraph (the 422 problem's "rule").</summary>
    public static void Require(bool condition, string ruleKey, DateOnly on, string detail) => Book.Require(condition, ruleKey, on, detail);
}
