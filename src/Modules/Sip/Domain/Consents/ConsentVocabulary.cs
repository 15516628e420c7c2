namespace Samverkan.Sip.Domain.Consents;

/// <summary>Who gives a consent. The age and maturity rules are to be confirmed as dated data; today a child consents with a recorded maturity judgement.</summary>
public static class ConsentingRoles
{
    public const string Guardian = "guardian";
    public const string Child = "child";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Guardian, Child };
}

/// <summary>How a consent was given.</summary>
public static class ConsentForms
{
    public const string Written = "written";
    public const string Oral = "oral";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Written, Oral };
}

/// <summary>The parts of a plan a consent may keep back from the other organisations.</summary>
public static class PlanInformation
{
    public const string Child = "child";
    public const string Needs = "needs";
    public const string Goals = "goals";
    public const string Measures = "measures";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Child, Needs, Goals, Measures };
}
