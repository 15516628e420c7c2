namespace Samverkan.SchoolAttendance.Domain.Pupils;

/// <summary>The school forms whose suspension rules differ (Skollagen 5 kap.): strings, as stored and sent.</summary>
public static class SchoolForms
{
    public const string Compulsory = "compulsory";
    public const string UpperSecondary = "upper-secondary";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Compulsory, UpperSecondary };
}
