namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>
/// Who made a report (19 kap. 1 § SoL names who must report; anyone may). Feedback on the decision
/// (19 kap. 6 § SoL) is owed only to those obliged to report: authorities and professionals. A private person,
/// the child themself and an anonymous caller are not owed it, and an anonymous caller cannot be reached.
/// </summary>
public static class ReporterKinds
{
    public const string Police = "police";
    public const string ChildPsychiatry = "child-psychiatry";
    public const string ChildHealthCentre = "child-health-centre";
    public const string EmergencyWard = "emergency-ward";
    public const string OtherHealthCare = "other-health-care";
    public const string Preschool = "preschool";
    public const string School = "school";
    public const string OtherAuthority = "other-authority";
    public const string PrivatePerson = "private-person";
    public const string Anonymous = "anonymous";
    public const string Child = "child";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Police, ChildPsychiatry, ChildHealthCentre, EmergencyWard, OtherHealthCare, Preschool, School, OtherAuthority, PrivatePerson, Anonymous, Child,
    };

    /// <summary>Those obliged to report under 19 kap. 1 § SoL, and so entitled to feedback under 19 kap. 6 § SoL.</summary>
    public static readonly IReadOnlySet<string> EntitledToFeedback = new HashSet<string>
    {
        Police, ChildPsychiatry, ChildHealthCentre, EmergencyWard, OtherHealthCare, Preschool, School, OtherAuthority,
    };
}

/// <summary>How a report reached social services.</summary>
public static class IntakeChannels
{
    public const string Phone = "phone";
    public const string Letter = "letter";
    public const string EService = "e-service";
    public const string InPerson = "in-person";
    public const string Email = "e-mail";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Phone, Letter, EService, InPerson, Email };
}

/// <summary>The reporter of a directly registered report; an anonymous one has no contact details.</summary>
public sealed record DirectReporter(string Kind, string? OrganisationName, string? ContactName, string? ContactPhone, string? ContactEmail);

/// <summary>The child as the report names them: the twelve digits and their kind, or a description.</summary>
public sealed record ChildIdentity(string? Number, string Kind, string? Description);
