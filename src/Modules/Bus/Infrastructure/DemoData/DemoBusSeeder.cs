using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Domain.Spider;
using Samverkan.Bus.Infrastructure.Persistence;

namespace Samverkan.Bus.Infrastructure.DemoData;

/// <summary>
/// Stockholm's 11 local BUS groups (seed 002 gives the count, none of the seeds the composition: the grouping
/// of the 13 districts here is demo data), their seats from the county agreement's parties with a few filled,
/// example deviation categories and spider axes, a few deviations on the local path and two spider measurements
/// for three groups, so the console and the API show something at once. Only with Samverkan:SeedDemoData and
/// no group yet.
/// </summary>
internal sealed class DemoBusSeeder(IServiceScopeFactory scopes, IConfiguration configuration) : IStartupTask
{
    private const string DemoSource = "Demo data (build/run.sh): an example, not from the seeds; replace with the county's own";
    private static readonly DateOnly FrameworkStart = new(2023, 9, 1); // the city's BUS framework, autumn 2023 (seed 002)

    // Ids of the demo directory (OperativeForums' DemoDirectory), the organisations the demo users act for.
    private static readonly Guid OstermalmSocial = Guid.Parse("a0000000-0000-4000-8000-000000000001");
    private static readonly Guid FarstaSocial = Guid.Parse("a0000000-0000-4000-8000-000000000002");
    private static readonly Guid RinkebyKistaSocial = Guid.Parse("a0000000-0000-4000-8000-000000000003");
    private static readonly Guid Engelbrekt = Guid.Parse("a0000000-0000-4000-8000-000000000010");
    private static readonly Guid BupNorr = Guid.Parse("a0000000-0000-4000-8000-000000000020");
    private static readonly Guid PoliceNorrmalm = Guid.Parse("a0000000-0000-4000-8000-000000000030");
    private static readonly Guid Ekbacken = Guid.Parse("a0000000-0000-4000-8000-000000000013");

    public static readonly (string Name, string[] Districts)[] Groups =
    [
        ("Lokal BUS Bromma", ["bromma"]),
        ("Lokal BUS Enskede-Årsta-Vantör", ["enskede-arsta-vantor"]),
        ("Lokal BUS Hägersten-Älvsjö", ["hagersten-alvsjo"]),
        ("Lokal BUS Hässelby-Vällingby", ["hasselby-vallingby"]),
        ("Lokal BUS Norrmalm och Kungsholmen", ["norrmalm", "kungsholmen"]),
        ("Lokal BUS Rinkeby-Kista", ["rinkeby-kista"]),
        ("Lokal BUS Skarpnäck och Farsta", ["skarpnack", "farsta"]),
        ("Lokal BUS Skärholmen", ["skarholmen"]),
        ("Lokal BUS Spånga-Tensta", ["spanga-tensta"]),
        ("Lokal BUS Södermalm", ["sodermalm"]),
        ("Lokal BUS Östermalm", ["ostermalm"]),
    ];

    private static readonly CatalogueEntry[] Categories =
    [
        new(CatalogueEntry.DeviationCategories, "referral-unanswered", "Remiss eller förfrågan obesvarad", DemoSource, null),
        new(CatalogueEntry.DeviationCategories, "meeting-absence", "Part uteblev från samverkansmöte", DemoSource, null),
        new(CatalogueEntry.DeviationCategories, "information-not-shared", "Information nådde inte berörd part", DemoSource, null),
    ];

    private static readonly CatalogueEntry[] Axes =
    [
        new(CatalogueEntry.SpiderAxes, "shared-goals", "Gemensamma mål", DemoSource, 5),
        new(CatalogueEntry.SpiderAxes, "representation", "Representation", DemoSource, 5),
        new(CatalogueEntry.SpiderAxes, "structure", "Struktur och mötesformer", DemoSource, 5),
        new(CatalogueEntry.SpiderAxes, "follow-up", "Uppföljning", DemoSource, 5),
        new(CatalogueEntry.SpiderAxes, "trust", "Tillit och kännedom", DemoSource, 5),
    ];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Samverkan:SeedDemoData"))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BusDbContext>();
        if (await db.Groups.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var entry in Categories.Concat(Axes))
        {
            if (!await db.CatalogueEntries.AnyAsync(e => e.Catalogue == entry.Catalogue && e.Code == entry.Code, cancellationToken))
            {
                db.CatalogueEntries.Add(entry);
            }
        }

        var parties = BuiltInCatalogue.Of(CatalogueEntry.RequiredParties).Select(p => p.Code).ToList();
        var groups = Groups.ToDictionary(
            g => g.Name,
            g => new BusGroup(Guid.NewGuid(), g.Name, FrameworkStart, [.. g.Districts.Select(d => CoverageArea.Of(CoverageArea.District, d))], parties));
        db.Groups.AddRange(groups.Values);

        var ostermalm = groups["Lokal BUS Östermalm"];
        ostermalm.Represent("social-services", OstermalmSocial, "Enhetschef barn och unga", FrameworkStart);
        ostermalm.Represent("school", Engelbrekt, "Rektor", FrameworkStart);
        ostermalm.Represent("bup", BupNorr, "Verksamhetschef BUP Norr", FrameworkStart);
        ostermalm.Represent("police", PoliceNorrmalm, "Kommunpolis", FrameworkStart);
        ostermalm.TrackIndependentProvider(Ekbacken, "Ekbackens friskola", "school", IndependentProvider.InDialogue, new DateOnly(2024, 2, 1));
        groups["Lokal BUS Skarpnäck och Farsta"].Represent("social-services", FarstaSocial, "Enhetschef barn och unga", FrameworkStart);
        groups["Lokal BUS Rinkeby-Kista"].Represent("social-services", RinkebyKistaSocial, "Enhetschef barn och unga", FrameworkStart);

        AddDeviations(db, ostermalm.Id, "ostermalm");
        AddDeviations(db, groups["Lokal BUS Rinkeby-Kista"].Id, "rinkeby-kista");
        var scales = Axes.ToDictionary(a => a.Code, a => a.ScaleMax!.Value);
        AddMeasurements(db, ostermalm.Id, scales, [3, 2, 3, 2, 3], [4, 3, 4, 3, 4]);
        AddMeasurements(db, groups["Lokal BUS Rinkeby-Kista"].Id, scales, [2, 2, 3, 1, 2], [3, 2, 3, 3, 3]);
        AddMeasurements(db, groups["Lokal BUS Skarpnäck och Farsta"].Id, scales, [4, 3, 3, 2, 4], [4, 4, 4, 3, 4]);
        await db.SaveChangesAsync(cancellationToken);
    }

    // One deviation still with the reporter's manager, one on the group's agenda, one closed with an outcome.
    private static void AddDeviations(BusDbContext db, Guid groupId, string district)
    {
        var social = district == "ostermalm" ? OstermalmSocial : RinkebyKistaSocial;
        db.Deviations.Add(Deviation.Report(
            groupId, "referral-unanswered", district, social, [BupNorr], "Förfrågan om konsultation besvarades inte inom överenskommen tid.",
            new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 10), "demo-data", null));
        var onAgenda = Deviation.Report(
            groupId, "meeting-absence", district, social, [BupNorr], "Regionen uteblev från tre samverkansmöten i rad.",
            new DateOnly(2025, 10, 2), new DateOnly(2025, 10, 3), "demo-data", null);
        onAgenda.Escalate(new DateOnly(2025, 10, 10), "demo-data");
        onAgenda.Escalate(new DateOnly(2025, 10, 24), "demo-data");
        db.Deviations.Add(onAgenda);
        var closed = Deviation.Report(
            groupId, "information-not-shared", district, BupNorr, [social], "Kallelse till SIP skickades till fel adress.",
            new DateOnly(2025, 5, 12), new DateOnly(2025, 5, 13), "demo-data", null);
        closed.Close(Deviation.RoutineChanged, "Adresslistan uppdaterad", new DateOnly(2025, 6, 2), "demo-data");
        db.Deviations.Add(closed);
    }

    private static void AddMeasurements(BusDbContext db, Guid groupId, Dictionary<string, int> scales, int[] spring2024, int[] spring2025)
    {
        db.SpiderMeasurements.Add(Measurement(groupId, new DateOnly(2024, 3, 15), scales, spring2024));
        db.SpiderMeasurements.Add(Measurement(groupId, new DateOnly(2025, 3, 14), scales, spring2025));
    }

    private static SpiderMeasurement Measurement(Guid groupId, DateOnly on, Dictionary<string, int> scales, int[] agreed) =>
        new(groupId, on, [.. Axes.Select((axis, i) => new AxisValues(axis.Code, agreed[i], [new PartyRating("social-services", agreed[i]), new PartyRating("school", Math.Max(1, agreed[i] - 1))]))], scales);
}
