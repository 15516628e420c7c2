namespace Samverkan.Bus.Domain.Catalogues;

/// <summary>
/// The entries every installation starts with, in code like the intervention catalogue of SocialServices, so
/// that a fresh database and a reset one hold the same: a table seeded by a migration would lose its rows to
/// every test reset. Administrators add local entries to the table; a built-in code cannot be taken again.
/// </summary>
public static class BuiltInCatalogue
{
    private const string CountyAgreement = "The parties the county BUS agreement names (issue 15, seeds 000 and 003); confirm against the agreement in force";

    private const string DutyList = "Each party's duties in Ekerö's local BUS agreement (issue 15, seed 003); standing items of the common agenda";

    public static readonly IReadOnlyList<CatalogueEntry> Entries =
    [
        Party("social-services", "Social services"),
        Party("preschool", "Preschool"),
        Party("school", "School, with pupil health"),
        Party("bup", "Child and adolescent psychiatry (BUP)"),
        Party("child-health", "Child health care (BVC)"),
        Party("primary-care", "Primary care"),
        Party("youth-clinic", "Youth clinic"),
        Party("paediatric-clinic", "Paediatric clinic"),
        Party("habilitation", "Habilitation"),
        Party("police", "Police"),
        new(CatalogueEntry.DeviationCategories, "sip-collaboration-failed", "Collaboration around a SIP failed",
            "Reported from a plan in the SIP module (issue 14, \"collaboration failed\")", null),
        Duty("obstacles", "Obstacles to collaboration found and removed"),
        Duty("organisation-changes", "Changes in my organisation"),
        Duty("deviations", "Deviations (BUS-avvikelser) followed up"),
        Duty("statistics", "Statistics on collaboration cases"),
        Duty("sip-use", "Use of SIP"),
        Duty("intervention-effect", "Effect of interventions evaluated"),
        Basis("osl-10-28", "OSL 10 kap. 28 § (uppgiftsskyldighet i lag eller förordning)"),
        Basis("osl-26-9", "OSL 26 kap. 9 §"),
    ];

    public static IEnumerable<CatalogueEntry> Of(string catalogue) => Entries.Where(e => e.Catalogue == catalogue);

    private const string LegalBasisSource = "Examples named for issue 15's named BUS cases; not verified: jurist to check the provision and its reach before use";

    private static CatalogueEntry Basis(string code, string name) => new(CatalogueEntry.LegalBases, code, name, LegalBasisSource, null);

    private static CatalogueEntry Duty(string code, string name) => new(CatalogueEntry.StandingItems, code, name, DutyList, null);

    private static CatalogueEntry Party(string code, string name) => new(CatalogueEntry.RequiredParties, code, name, CountyAgreement, null);
}
