namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>What an intake came from.</summary>
public static class IntakeSources
{
    public const string ReportOfConcern = "report-of-concern";
    public const string SuspensionNotice = "suspension-notice";

    /// <summary>Registered by a social worker from a report that came by phone, letter, in person and so on.</summary>
    public const string DirectReport = "direct-report";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { ReportOfConcern, SuspensionNotice, DirectReport };
}

/// <summary>The offered meeting with the reporter (anmälningsmöte, 19 kap. 5 § SoL).</summary>
public static class MeetingStatuses
{
    public const string NotOffered = "not-offered";
    public const string Offered = "offered";
    public const string Accepted = "accepted";
    public const string Declined = "declined";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { NotOffered, Offered, Accepted, Declined };

    public static readonly IReadOnlySet<string> Recordable = new HashSet<string> { Offered, Accepted, Declined };
}
