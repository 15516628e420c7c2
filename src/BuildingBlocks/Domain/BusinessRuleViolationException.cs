namespace Samverkan.BuildingBlocks.Domain;

/// <summary>
/// A rule of the domain (often a legal one) that a request would break. The API answers 422 and names the
/// rule, for example "Skollagen 5 kap. 14 §", so the person can see which limit applies.
/// </summary>
public sealed class BusinessRuleViolationException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
