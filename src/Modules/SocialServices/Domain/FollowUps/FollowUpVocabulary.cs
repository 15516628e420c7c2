namespace Samverkan.SocialServices.Domain.FollowUps;

/// <summary>Who gives consent to a follow-up's contacts with others: a guardian, or the child (required from 15).</summary>
public static class FollowUpConsentGivers
{
    public const string Guardian = "guardian";
    public const string Child = "child";

    public static readonly IReadOnlyList<string> All = [Guardian, Child];
}

/// <summary>How a consent was given; an oral consent is documented by the case worker who heard it.</summary>
public static class ConsentForms
{
    public const string Written = "written";
    public const string Oral = "oral";

    public static readonly IReadOnlyList<string> All = [Written, Oral];
}

/// <summary>Whom a follow-up contacted: the child and the guardians need no consent, anyone else does.</summary>
public static class FollowUpContactParties
{
    public const string Child = "child";
    public const string Guardian = "guardian";

    /// <summary>E.g. the school, the child health centre, a relative: only with consent.</summary>
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Child, Guardian, Other];
}

/// <summary>How a follow-up ended; the unit's statistics count these.</summary>
public static class FollowUpOutcomes
{
    /// <summary>The situation is stable; nothing more is done.</summary>
    public const string NoFurtherAction = "no-further-action";

    /// <summary>A new report or application was registered as an intake.</summary>
    public const string NewIntake = "new-intake";

    /// <summary>The family asked for support on their own (e.g. an application for an intervention).</summary>
    public const string SupportApplied = "support-applied";

    /// <summary>The child moved from the municipality; the follow-up cannot go on.</summary>
    public const string Moved = "moved";

    public static readonly IReadOnlyList<string> All = [NoFurtherAction, NewIntake, SupportApplied, Moved];
}
