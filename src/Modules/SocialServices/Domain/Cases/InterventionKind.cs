namespace Samverkan.SocialServices.Domain.Cases;

/// <summary>One kind of intervention that stabilises schooling, with its usual follow-up cadence.</summary>
public sealed record InterventionKind(string Code, string Name, int FollowUpEveryWeeks);

/// <summary>
/// The municipality's catalogue of interventions (domain.md, module 2; seed 003: easy to find), kept as data
/// beside the legal rules: a new intervention is one more line. SkolFam follows up every eight weeks (seed 004).
/// </summary>
public static class InterventionCatalogue
{
    public static readonly IReadOnlyList<InterventionKind> All =
    [
        new("family-treatment", "Familjebehandling", 8),
        new("contact-person", "Kontaktperson eller kontaktfamilj", 12),
        new("intensive-family-treatment", "Intensiv hembaserad familjebehandling", 4),
        new("mst", "Multisystemisk terapi (MST)", 4),
        new("special-contact-person", "Särskilt kvalificerad kontaktperson", 8),
        new("short-strategic-family-therapy", "Kort strategisk familjeterapi", 6),
        new("sams", "SAMS, obruten skolgång för placerade barn", 8),
        new("skolfam", "SkolFam", 8),
        new("small-teaching-group", "Liten undervisningsgrupp", 8),
    ];

    public static IEnumerable<string> Codes => All.Select(kind => kind.Code);

    public static InterventionKind? Find(string code) => All.FirstOrDefault(kind => kind.Code == code);
}
