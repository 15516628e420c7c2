namespace Samverkan.BuildingBlocks.Application.Security;

/// <summary>The roles people act in (docs: domain.md, "Organisations and places"). Claim values in tokens.</summary>
public static class Roles
{
    public const string SocialWorker = "social-worker";
    public const string SocialServicesManager = "social-services-manager";
    public const string SchoolCounsellor = "school-counsellor";
    public const string Principal = "principal";

    /// <summary>Teaches at a school: sees its pupils, decides nothing for them (a suspension is the principal's).</summary>
    public const string Teacher = "teacher";

    /// <summary>Acts for a school's organiser (huvudman), e.g. to extend an upper-secondary suspension.</summary>
    public const string SchoolOrganiser = "school-organiser";
    public const string PoliceOfficer = "police-officer";
    public const string BupClinician = "bup-clinician";
    public const string Coordinator = "coordinator";
    public const string Administrator = "administrator";

    /// <summary>Operations staff: may look at the scheduled jobs (/admin/jobs) but not run or retry them.</summary>
    public const string OperationsViewer = "operations-viewer";

    /// <summary>The county's BUS secretariat (BUSSAM): receives deviations' copies and yearly figures, never a group's own data.</summary>
    public const string BusCountySecretariat = "bus-county-secretariat";

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        SocialWorker, SocialServicesManager, SchoolCounsellor, Principal, Teacher, SchoolOrganiser, PoliceOfficer, BupClinician, Coordinator, Administrator, OperationsViewer,
        BusCountySecretariat,
    };
}
