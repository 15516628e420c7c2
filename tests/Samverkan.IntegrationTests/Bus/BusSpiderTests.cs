using System.Net;
using System.Xml.Linq;
using NUnit.Framework;
using Samverkan.IntegrationTests.Infrastructure;
using Samverkan.IntegrationTests.SchoolAttendance;
using Shouldly;

namespace Samverkan.IntegrationTests.Bus;

/// <summary>Spider measurements on configured axes, their series over time and the radar chart (issue 15).</summary>
public sealed class BusSpiderTests : IntegrationTest
{
    private BusWorld _world = null!;
    private Guid _group;

    [SetUp]
    public async Task CreateWorld()
    {
        _world = await BusWorld.CreateAsync(App);
        _group = await _world.CreateGroupAsync();
        await _world.AddCatalogueEntryAsync("spider-axes", "shared-routines", "Gemensamma rutiner", 5);
        await _world.AddCatalogueEntryAsync("spider-axes", "attendance", "Närvaro på mötena", 5);
        await _world.AddCatalogueEntryAsync("spider-axes", "follow-up", "Uppföljning", 10);
    }

    [Test]
    public async Task Measurements_form_a_series_and_a_radar_with_one_polygon_each_scaled_to_each_axis()
    {
        (await MeasureAsync("2026-01-15", 2, 3, 4)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await MeasureAsync("2026-02-15", 5, 5, 10)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var series = await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_group}/spider-measurements");
        series.EnumerateArray().Select(m => m.GetProperty("measuredOn").GetString()).ShouldBe(["2026-01-15", "2026-02-15"]);
        var followUp = series[1].GetProperty("axes").EnumerateArray().Single(a => a.GetProperty("axisCode").GetString() == "follow-up");
        followUp.GetProperty("agreed").GetInt32().ShouldBe(10);
        followUp.GetProperty("scaleMax").GetInt32().ShouldBe(10);
        followUp.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("partyKind").GetString()).ShouldBe(["bup", "school"]);

        var radar = await _world.GetAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_group}/spider-measurements/radar.svg");
        radar.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var svg = XDocument.Parse(await radar.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        var polygons = svg.Descendants(ns + "polygon").ToList();
        polygons.Select(p => p.Attribute("data-measured-on")!.Value).ShouldBe(["2026-01-15", "2026-02-15"]);
        svg.Descendants(ns + "text").Select(t => t.Value).ShouldBe(["Närvaro på mötena", "Uppföljning", "Gemensamma rutiner"], ignoreOrder: true);

        // The second measurement is at the full scale on every axis, so each of its corners lies on the outer ring (radius 150 around 200,200).
        foreach (var corner in polygons[1].Attribute("points")!.Value.Split(' '))
        {
            var xy = corner.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Math.Sqrt(Math.Pow(xy[0] - 200, 2) + Math.Pow(xy[1] - 200, 2)).ShouldBe(150, 0.5);
        }
    }

    [Test]
    public async Task A_rating_above_the_axis_scale_or_an_unknown_axis_is_refused_and_nothing_is_recorded()
    {
        await (await MeasureAsync("2026-01-15", 6, 3, 4)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_group}/spider-measurements", new
        {
            measuredOn = "2026-01-15",
            axes = new[] { new { axisCode = "shared-routines", agreed = 1 }, new { axisCode = "attendance", agreed = 1 }, new { axisCode = "trust", agreed = 1 } },
        });
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("trust");

        (await _world.GetJsonAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_group}/spider-measurements")).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task One_measurement_per_group_and_day_and_only_the_groups_parties_see_it()
    {
        (await MeasureAsync("2026-01-15", 2, 3, 4)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await MeasureAsync("2026-01-15", 3, 3, 3)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await _world.GetAsync(_world.Sip.FarstaSocialWorker, $"/api/v1/bus/groups/{_group}/spider-measurements")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _world.GetAsync(_world.County, $"/api/v1/bus/groups/{_group}/spider-measurements/radar.svg")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private Task<HttpResponseMessage> MeasureAsync(string on, int routines, int attendance, int followUp) =>
        _world.PostAsync(_world.Sip.Manager, $"/api/v1/bus/groups/{_group}/spider-measurements", new
        {
            measuredOn = on,
            axes = new object[]
            {
                new { axisCode = "shared-routines", agreed = routines, ratings = new[] { new { partyKind = "school", value = routines }, new { partyKind = "social-services", value = routines } } },
                new { axisCode = "attendance", agreed = attendance, ratings = Array.Empty<object>() },
                new { axisCode = "follow-up", agreed = followUp, ratings = new[] { new { partyKind = "school", value = followUp }, new { partyKind = "bup", value = followUp } } },
            },
        });
}
