using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>Rejects what a legal rule forbids, naming the rule's paragraph (the 422 problem's "rule").</summary>
public static class RuleGuard
{
    public static void Require(bool condition, string ruleKey, DateOnly on, string detail)
    {
        if (!condition)
        {
            var rule = LegalRuleCatalogue.Required(ruleKey, on);
            throw new BusinessRuleViolationException(rule.Reference, $"{rule.Summary} {detail}");
        }
    }
}
