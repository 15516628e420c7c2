using System.Globalization;
using System.Xml.Linq;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Bus.Application.Features.Spider;

/// <summary>The group's measurements in the period as a radar chart: one polygon of agreed values per measurement, on the union of their axes.</summary>
public sealed record GetRadarChart(Guid GroupId, DateOnly? From, DateOnly? To) : IQuery<string>;

internal sealed class GetRadarChartHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<GetRadarChart, string>
{
    public async Task<string> Handle(GetRadarChart query, CancellationToken cancellationToken)
    {
        return RadarSvg.Draw(await db.SpiderSeriesAsync(user, query.GroupId, query.From, query.To, cancellationToken));
    }
}

/// <summary>
/// Written with XLinq, not by string concatenation, so that axis names are escaped and the document is always
/// well-formed. Each axis is scaled to its own maximum; an axis a measurement did not rate is drawn at the centre.
/// </summary>
internal static class RadarSvg
{
    private const double Size = 400;
    private const double Centre = Size / 2;
    private const double Radius = 150;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];

    public static string Draw(IReadOnlyList<MeasurementDto> series)
    {
        var axes = series.SelectMany(m => m.Axes).GroupBy(a => a.AxisCode).OrderBy(g => g.Key)
            .Select(g => (Code: g.Key, g.First().AxisName, g.First().ScaleMax)).ToList();
        var root = new XElement(Svg + "svg",
            new XAttribute("width", Size), new XAttribute("height", Size), new XAttribute("viewBox", $"0 0 {Size} {Size}"),
            new XAttribute("role", "img"),
            new XElement(Svg + "title", "Spindelmätningar"));
        for (var i = 0; i < axes.Count; i++)
        {
            var (x, y) = Point(i, axes.Count, 1);
            root.Add(new XElement(Svg + "line", Attr("x1", Centre), Attr("y1", Centre), Attr("x2", x), Attr("y2", y), new XAttribute("stroke", "#999")));
            var (lx, ly) = Point(i, axes.Count, 1.12);
            root.Add(new XElement(Svg + "text", Attr("x", lx), Attr("y", ly), new XAttribute("text-anchor", "middle"), new XAttribute("font-size", "11"), axes[i].AxisName));
        }

        for (var m = 0; m < series.Count; m++)
        {
            var values = series[m].Axes.ToDictionary(a => a.AxisCode, a => a.Agreed);
            var points = axes.Select((axis, i) => Point(i, axes.Count, values.TryGetValue(axis.Code, out var v) && axis.ScaleMax > 0 ? (double)v / axis.ScaleMax : 0))
                .Select(p => $"{Number(p.X)},{Number(p.Y)}");
            var colour = Colours[m % Colours.Length];
            root.Add(new XElement(Svg + "polygon",
                new XAttribute("points", string.Join(' ', points)), new XAttribute("fill", colour), new XAttribute("fill-opacity", "0.15"),
                new XAttribute("stroke", colour), new XAttribute("data-measured-on", series[m].MeasuredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new XElement(Svg + "title", series[m].MeasuredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + root.ToString(SaveOptions.DisableFormatting);
    }

    private static (double X, double Y) Point(int index, int count, double fraction)
    {
        var angle = (2 * Math.PI * index / Math.Max(count, 1)) - (Math.PI / 2);
        return (Centre + (Radius * fraction * Math.Cos(angle)), Centre + (Radius * fraction * Math.Sin(angle)));
    }

    private static XAttribute Attr(string name, double value) => new(name, Number(value));

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

internal sealed class GetRadarChartValidator : FluentValidation.AbstractValidator<GetRadarChart>
{
    public GetRadarChartValidator() => RuleFor(q => q.To).WithinQueryRange(q => q.From);
}
