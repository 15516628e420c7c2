namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>What an intake came from.</summary>
public static class IntakeSources
{
    public const string ReportOfConcern = "report-of-concern";
    public const string SuspensionNotice = "suspension-notice";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { ReportOfConcern, SuspensionNotice };
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
