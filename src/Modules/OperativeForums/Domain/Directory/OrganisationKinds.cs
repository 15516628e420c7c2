namespace Samverkan.OperativeForums.Domain.Directory;

/// <summary>
/// The kinds of organisation that take part (domain.md, "Organisations and places"). A list of values, not an
/// enum in the database: a new kind is a new string, and statistics group by it.
/// </summary>
public static class OrganisationKinds
{
    public const string School = "school";

    /// <summary>A school's organiser (huvudman): the municipality's education office or an independent school's owner.</summary>
    public const string SchoolOrganiser = "school-organiser";
    public const string SocialServices = "social-services";
    public const string Police = "police";
    public const string Bup = "bup";
    public const string ChildHealth = "child-health";
    public const string YouthClinic = "youth-clinic";
    public const string Habilitation = "habilitation";
    public const string YouthCentre = "youth-centre";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        School, SchoolOrganiser, SocialServices, Police, Bup, ChildHealth, YouthClinic, Habilitation, YouthCentre,
    };
}
