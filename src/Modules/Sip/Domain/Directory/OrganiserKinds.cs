namespace Samverkan.Sip.Domain.Directory;

/// <summary>
/// The organisation kinds that are organisers of a SIP (SoL 10 kap. 8 §, HSL 16 kap. 4 §): the municipality's
/// social services and the region's health care. Others (school, preschool, police) take part and may convene
/// under local agreements, but do not approve the plan.
/// </summary>
public static class OrganiserKinds
{
    public const string Municipality = "social-services";

    public static readonly IReadOnlySet<string> Region = new HashSet<string> { "bup", "child-health", "youth-clinic", "habilitation" };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Region) { Municipality };
}
