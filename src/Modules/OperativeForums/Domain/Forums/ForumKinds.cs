namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>The kinds of forum a district runs (domain.md, "Module 1"; seed 004). Values, not a database enum.</summary>
public static class ForumKinds
{
    public const string OperativeForum = "operative-forum";
    public const string SteeringGroup = "steering-group";
    public const string ChiefForum = "chief-forum";
    public const string PreschoolTransition = "preschool-transition";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { OperativeForum, SteeringGroup, ChiefForum, PreschoolTransition };
}
