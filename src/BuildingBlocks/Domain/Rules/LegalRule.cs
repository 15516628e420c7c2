namespace Samverkan.BuildingBlocks.Domain.Rules;

/// <summary>
/// One legal rule as data (domain.md, "Rules as data"): its reference in the law in force (new SoL with the old
/// SoL in brackets, or Skollagen) and the day it applies from, so a change of law is a new row, not new code.
/// Where the rule sets a period (a deadline, a longest duration, an age), <see cref="Limit"/> holds it.
/// </summary>
public sealed record LegalRule(string Key, string Reference, DateOnly AppliesFrom, string Summary, LegalPeriod? Limit = null)
{
    /// <summary>The rule's period; asking for it of a rule that sets none is a bug in the catalogue.</summary>
    public LegalPeriod RequiredLimit => Limit ?? throw new InvalidOperationException($"Rule '{Key}' sets no period.");
}

/// <summary>A module's rules, looked up by key and the day of the event; each module keeps the rules it applies.</summary>
public sealed class LegalRuleBook(IReadOnlyList<LegalRule> rules)
{
    public IReadOnlyList<LegalRule> All { get; } = rules;

    /// <summary>The rule in force on the given day, or null when it did not yet apply.</summary>
    public LegalRule? InForce(string key, DateOnly on) =>
        All.Where(rule => rule.Key == key && rule.AppliesFrom <= on).MaxBy(rule => rule.AppliesFrom);

    /// <summary>The rule in force, for rules that always apply in this product's lifetime.</summary>
    public LegalRule Required(string key, DateOnly on) =>
        InForce(key, on) ?? throw new InvalidOperationException($"No rule '{key}' in force on {on:yyyy-MM-dd}.");

    /// <summary>Rejects what a rule forbids, naming the rule's paragraph (the 422 problem's "rule").</summary>
    public void Require(bool condition, string ruleKey, DateOnly on, string detail)
    {
        if (!condition)
        {
            var rule = Required(ruleKey, on);
            throw new BusinessRuleViolationException(rule.Reference, $"{rule.Summary} {detail}");
        }
    }
}
