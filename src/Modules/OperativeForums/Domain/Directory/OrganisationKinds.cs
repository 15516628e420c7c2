namespace Samverkan.OperativeForums.Domain.Directory;

/// <summary>
/// The kinds of organisation that take part (domain.md, "Organisations and places"). A list of values, not an
/// enum in the database: a new kind is a new string, and statistics group by it.
/// </summary>
public static class OrganisationKinds
{
    public const string School = "school";
    public const string SocialServices = "social-services";
    public const string Police = "police";
    public const string Bup = "bup";
    public const string ChildHealth = "child-health";
    public const string YouthClinic = "youth-clinic";
    public const string Habilitation = "habilitation";
    public const string YouthCentre = "youth-centre";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        School, SocialServices, Police, Bup, ChildHealth, YouthClinic, Habilitation, YouthCentre,
    };
}
