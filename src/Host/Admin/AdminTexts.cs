namespace Samverkan.Host.Admin;

/// <summary>Swedish names of the module's kinds and states, for the console.</summary>
public static class AdminTexts
{
    public static string ForumKind(string kind) => kind switch
    {
        "operative-forum" => "Operativt forum 6–20 år",
        "steering-group" => "Styrgrupp",
        "chief-forum" => "Chefsforum",
        "preschool-transition" => "Övergång förskola–skola",
        _ => kind,
    };

    public static string OrganisationKind(string kind) => kind switch
    {
        "school" => "Skola",
        "school-organiser" => "Huvudman",
        "social-services" => "Socialtjänst",
        "police" => "Polis",
        "bup" => "BUP",
        "child-health" => "Barnhälsovård",
        "youth-clinic" => "Ungdomsmottagning",
        "habilitation" => "Habilitering",
        "youth-centre" => "Fritidsgård",
        _ => kind,
    };

    public static string MeetingStatus(string status) => status switch
    {
        "Planned" => "Planerat",
        "Held" => "Genomfört",
        "Cancelled" => "Inställt",
        _ => status,
    };

    public static string InvitationAnswer(string answer) => answer switch
    {
        "pending" => "Inväntar svar",
        "accepted" => "Tackat ja",
        "declined" => "Tackat nej",
        _ => answer,
    };

    /// <summary>The rule's message in Swedish where the console knows the rule; otherwise the module's own text.</summary>
    public static string Rule(string rule, string message) => rule switch
    {
        "Member once" => "Medlemmen finns redan i forumet.",
        "Leave after join" => "Slutdatum kan inte vara före startdatum.",
        "Membership active" => "Medlemskapet är redan avslutat.",
        "Planned meeting in the future" => "Ett planerat möte kan inte ligga bakåt i tiden.",
        "End after start" => "Mötet måste sluta efter att det börjat.",
        "Attendance after the meeting" => "Närvaro registreras först på mötesdagen eller senare.",
        "Contact change after the current one" => "Bytet måste gälla från ett datum efter att nuvarande kontaktperson började.",
        "School in the district" => "Skolan finns inte i stadsdelen.",
        "Known organisation" => "Okänd organisation.",
        "Invitation once" => "Organisationen har redan en obesvarad inbjudan.",
        _ => message,
    };

    /// <summary>FluentValidation's error codes in Swedish; other messages as the module wrote them.</summary>
    public static string Validation(string errorCode, string message) => errorCode switch
    {
        "NotEmptyValidator" => "Fältet måste fyllas i.",
        "MaximumLengthValidator" => "Texten är för lång.",
        "GreaterThanValidator" or "GreaterThanOrEqualValidator" => "Värdet är för litet.",
        _ => message,
    };
}
