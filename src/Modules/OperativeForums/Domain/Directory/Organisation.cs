using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Directory;

/// <summary>
/// A school, social services unit, police area, BUP clinic or other unit. It covers one or more districts
/// (many-to-many: a BUP clinic or a police area spans several; a school serves pupils from anywhere).
/// Independent schools (fristående) are organisations like municipal ones, with their organiser named.
/// </summary>
public sealed class Organisation : AggregateRoot
{
    private readonly List<OrganisationDistrict> _districts = [];

    private Organisation()
    {
    }

    public Organisation(Guid id, string name, string kind, string organiser, bool isIndependent, IReadOnlyCollection<string> districtCodes, Guid? organiserId = null)
    {
        if (!OrganisationKinds.All.Contains(kind))
        {
            throw new BusinessRuleViolationException("Organisation kind", $"'{kind}' is not a kind of organisation: use one of {string.Join(", ", OrganisationKinds.All)}.");
        }

        if (organiserId is not null && kind != OrganisationKinds.School)
        {
            throw new BusinessRuleViolationException("School's organiser", "Only a school has an organiser (huvudman) registered by id.");
        }

        if (districtCodes.Count == 0)
        {
            throw new BusinessRuleViolationException("District coverage", "An organisation covers at least one district.");
        }

        Id = id;
        Name = name;
        Kind = kind;
        Organiser = organiser;
        IsIndependent = isIndependent;
        OrganiserId = organiserId;
        _districts.AddRange(districtCodes.Distinct().Select(code => new OrganisationDistrict(code)));
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    /// <summary>The principal organiser (huvudman): the municipality, the region, or the independent school's owner.</summary>
    public string Organiser { get; private set; } = string.Empty;

    public bool IsIndependent { get; private set; }

    /// <summary>
    /// A school's organiser as an organisation of the directory (kind school-organiser): the one that acts as
    /// huvudman for the school's pupils. Null for other kinds, and for schools registered before it was kept.
    /// </summary>
    public Guid? OrganiserId { get; private set; }

    public IReadOnlyList<OrganisationDistrict> Districts => _districts;
}

/// <summary>One district an organisation covers.</summary>
public sealed class OrganisationDistrict
{
    private OrganisationDistrict()
    {
    }

    public OrganisationDistrict(string districtCode) => DistrictCode = districtCode;

    public string DistrictCode { get; private set; } = string.Empty;
}
