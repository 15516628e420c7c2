using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Domain.Groups;

/// <summary>
/// What a BUS group covers: a district (stadsdelsområde), a school area or a region unit. The three do not
/// line up (seed 000: 13 districts, 11 groups, 7 school areas, 6 BUP clinics), so each is named by its kind.
/// </summary>
public sealed record CoverageArea(string Kind, string Code)
{
    public const string District = "district";
    public const string SchoolArea = "school-area";
    public const string RegionUnit = "region-unit";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { District, SchoolArea, RegionUnit };

    public static CoverageArea Of(string kind, string code)
    {
        if (!Kinds.Contains(kind))
        {
            throw new BusinessRuleViolationException("Coverage kind", $"'{kind}' is not one of {string.Join(", ", Kinds)}.");
        }

        return new CoverageArea(kind, code.Trim());
    }
}

/// <summary>
/// One area covered by a group over a period [From, To): a change of coverage ends the period and starts
/// another instead of rewriting it, so "who covered X on D" stays answerable for every past date.
/// </summary>
public sealed class CoveragePeriod
{
    private CoveragePeriod()
    {
    }

    internal CoveragePeriod(CoverageArea area, DateOnly from)
    {
        Id = Guid.NewGuid();
        AreaKind = area.Kind;
        AreaCode = area.Code;
        From = from;
    }

    public Guid Id { get; private set; }

    public string AreaKind { get; private set; } = string.Empty;

    public string AreaCode { get; private set; } = string.Empty;

    public DateOnly From { get; private set; }

    /// <summary>The first day the group no longer covers the area; null while it does.</summary>
    public DateOnly? To { get; private set; }

    public CoverageArea Area => new(AreaKind, AreaCode);

    public bool IsOpen => To is null;

    public bool CoversOn(DateOnly date) => From <= date && (To is null || date < To);

    internal void End(DateOnly on) => To = on;
}
