using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Infrastructure.DemoData;

/// <summary>
/// Stockholm's 13 districts and a handful of organisations for demos and manual testing. The fixed ids are
/// the ones the demo users in src/Host/appsettings.Development.json act for.
/// </summary>
internal static class DemoDirectory
{
    public static readonly (string Code, string Name)[] Districts =
    [
        ("bromma", "Bromma"),
        ("enskede-arsta-vantor", "Enskede-Årsta-Vantör"),
        ("farsta", "Farsta"),
        ("hagersten-alvsjo", "Hägersten-Älvsjö"),
        ("hasselby-vallingby", "Hässelby-Vällingby"),
        ("kungsholmen", "Kungsholmen"),
        ("norrmalm", "Norrmalm"),
        ("rinkeby-kista", "Rinkeby-Kista"),
        ("skarpnack", "Skarpnäck"),
        ("skarholmen", "Skärholmen"),
        ("spanga-tensta", "Spånga-Tensta"),
        ("sodermalm", "Södermalm"),
        ("ostermalm", "Östermalm"),
    ];

    public sealed record DemoOrganisation(Guid Id, string Name, string Kind, string Organiser, bool IsIndependent, string[] DistrictCodes, Guid? OrganiserId = null);

    private const string City = "Stockholms stad";
    private const string Region = "Region Stockholm";
    private static readonly Guid CityOrganiser = Guid.Parse("a0000000-0000-4000-8000-000000000050");
    private static readonly Guid EkbackenOrganiser = Guid.Parse("a0000000-0000-4000-8000-000000000051");

    public static readonly DemoOrganisation[] Organisations =
    [
        new(Guid.Parse("a0000000-0000-4000-8000-000000000001"), "Socialtjänsten Östermalm", OrganisationKinds.SocialServices, City, false, ["ostermalm"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000002"), "Socialtjänsten Farsta", OrganisationKinds.SocialServices, City, false, ["farsta"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000003"), "Socialtjänsten Rinkeby-Kista", OrganisationKinds.SocialServices, City, false, ["rinkeby-kista"]),
        // The schools' organisers (huvudmän) first, since each school names its own: the city's for its own
        // schools, the company's for the independent one.
        new(Guid.Parse("a0000000-0000-4000-8000-000000000050"), "Utbildningsförvaltningen, Stockholms stad", OrganisationKinds.SchoolOrganiser, City, false, ["ostermalm", "farsta", "rinkeby-kista"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000051"), "Ekbacken Skolor AB", OrganisationKinds.SchoolOrganiser, "Ekbacken Skolor AB", true, ["ostermalm", "norrmalm"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000010"), "Engelbrektsskolan", OrganisationKinds.School, City, false, ["ostermalm"], CityOrganiser),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000011"), "Farsta grundskola", OrganisationKinds.School, City, false, ["farsta"], CityOrganiser),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000012"), "Kista gymnasium", OrganisationKinds.School, City, false, ["rinkeby-kista"], CityOrganiser),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000013"), "Ekbackens friskola", OrganisationKinds.School, "Ekbacken Skolor AB", true, ["ostermalm", "norrmalm"], EkbackenOrganiser),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000020"), "BUP Norr", OrganisationKinds.Bup, Region, false, ["ostermalm", "norrmalm", "kungsholmen", "bromma"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000030"), "Lokalpolisområde Norrmalm", OrganisationKinds.Police, "Polismyndigheten", false, ["ostermalm", "norrmalm", "kungsholmen"]),
        new(Guid.Parse("a0000000-0000-4000-8000-000000000040"), "Stadsledningskontoret, samordning", OrganisationKinds.SocialServices, City, false, ["ostermalm", "farsta", "rinkeby-kista"]),
        // Every district runs its own social services, which convenes the district's forums (seed 004).
        .. Districts
            .Where(d => d.Code is not ("ostermalm" or "farsta" or "rinkeby-kista"))
            .Select((d, i) => new DemoOrganisation(
                Guid.Parse($"a0000000-0000-4000-8000-0000000001{i:00}"), $"Socialtjänsten {d.Name}", OrganisationKinds.SocialServices, City, false, [d.Code])),
    ];
}
