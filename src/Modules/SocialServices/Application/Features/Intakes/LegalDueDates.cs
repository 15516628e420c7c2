using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Rules;
using Samverkan.SocialServices.Domain.Rules;

namespace Samverkan.SocialServices.Application.Features.Intakes;

/// <summary>
/// How the legal deadlines are counted (domain.md, "Counting"): Stockholm calendar dates, strict, never moved
/// off a weekend or holiday silently.
/// </summary>
internal static class LegalDueDates
{
    /// <summary>
    /// A report that arrives after office hours cannot be assessed "at once" the same day by the ordinary
    /// unit: from 16:00 local time the protection assessment falls due the next day (the duty service's day).
    /// </summary>
    public static readonly TimeOnly LateReceiptFrom = new(16, 0);

    public static DateOnly ProtectionAssessment(DateTimeOffset receivedAt)
    {
        var local = StockholmCalendar.ToLocalDateTime(receivedAt);
        var day = DateOnly.FromDateTime(local);
        return TimeOnly.FromDateTime(local) >= LateReceiptFrom ? day.AddDays(1) : day;
    }

    /// <summary>Receipt + 14 calendar days (20 kap. 2 § SoL): the period of the rule in force on the day of receipt.</summary>
    public static DateOnly PreliminaryAssessment(DateTimeOffset receivedAt)
    {
        var receivedOn = StockholmCalendar.ToLocalDate(receivedAt);
        return Period(LegalRuleKeys.PreliminaryAssessment, receivedOn).From(receivedOn);
    }

    /// <summary>Whether the one-week feedback rule was in force on the decision date.</summary>
    public static bool FeedbackRuleApplies(DateOnly decidedOn) => LegalRuleCatalogue.InForce(LegalRuleKeys.FeedbackToReporter, decidedOn) is not null;

    /// <summary>Within one week of the decision (19 kap. 6 § SoL, from 2026-01-15).</summary>
    public static DateOnly FeedbackToReporter(DateOnly decidedOn) => Period(LegalRuleKeys.FeedbackToReporter, decidedOn).From(decidedOn);

    /// <summary>Those affected are told at once (20 kap. 4 § SoL): the day the investigation opened.</summary>
    public static DateOnly InformAffected(DateOnly openedOn) => openedOn;

    /// <summary>Four months: the same day-number, or the end month's last day (31 Oct -> 28/29 Feb).</summary>
    public static DateOnly Investigation(DateOnly openedOn) => Period(LegalRuleKeys.Investigation, openedOn).From(openedOn);

    private static LegalPeriod Period(string ruleKey, DateOnly on) => LegalRuleCatalogue.Required(ruleKey, on).RequiredLimit;

    /// <summary>
    /// The latest day an extension of the preliminary assessment may set. The law allows a later end only for
    /// exceptional reasons and names no limit; this product allows one month past the 14 days, so a decision
    /// cannot push the deadline decades ahead (a date such as 9999-12-31 broke every read and reminder).
    /// </summary>
    public static DateOnly LatestPreliminaryAssessmentExtension(DateTimeOffset receivedAt) => PreliminaryAssessment(receivedAt).PlusMonths(1);

    /// <summary>The latest day an investigation's extension may set: extended "for a certain time", here up to a year after it opened.</summary>
    public static DateOnly LatestInvestigationExtension(DateOnly openedOn) => openedOn.PlusMonths(12);
}
