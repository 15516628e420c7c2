using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Domain.Catalogues;

/// <summary>
/// A value the seeds do not fix, kept as data with where it comes from (issue 15): the parties the county
/// agreement requires, the categories of deviations, the axes of spider measurements, the standing items of meetings. One shape for all,
/// so that each is configured the same way.
/// </summary>
public sealed class CatalogueEntry
{
    public const string RequiredParties = "required-parties";
    public const string DeviationCategories = "deviation-categories";
    public const string SpiderAxes = "spider-axes";

    /// <summary>The standing items of a group's meetings: the parties' duties under the local agreement.</summary>
    public const string StandingItems = "standing-items";

    /// <summary>The legal bases on which a BUS case may be named without consent (to be checked by a lawyer).</summary>
    public const string LegalBases = "legal-bases";

    public static readonly IReadOnlySet<string> Catalogues = new HashSet<string> { RequiredParties, DeviationCategories, SpiderAxes, StandingItems, LegalBases };

    private CatalogueEntry()
    {
    }

    public CatalogueEntry(string catalogue, string code, string name, string source, int? scaleMax)
    {
        if (!Catalogues.Contains(catalogue))
        {
            throw new BusinessRuleViolationException("Catalogue", $"'{catalogue}' is not one of {string.Join(", ", Catalogues)}.");
        }

        if ((catalogue == SpiderAxes) != (scaleMax is not null))
        {
            throw new BusinessRuleViolationException("Scale", "A spider axis has a scale maximum (2-100); other entries have none.");
        }

        Catalogue = catalogue;
        Code = code;
        Name = name;
        Source = source;
        ScaleMax = scaleMax;
    }

    public string Catalogue { get; private set; } = string.Empty;

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    /// <summary>Where the value comes from (an agreement, a decision of BUSSAM, a local choice).</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>A spider axis's highest rating (its lowest is 1).</summary>
    public int? ScaleMax { get; private set; }
}
