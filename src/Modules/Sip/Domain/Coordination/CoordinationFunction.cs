using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Coordination;

/// <summary>The kinds of area a coordination function covers.</summary>
public static class CoordinationAreaKinds
{
    public const string District = "district";

    /// <summary>A local BUS group, named by the Bus module's id and name as data (Sip never reads Bus's tables).</summary>
    public const string BusGroup = "bus-group";

    public static readonly string[] All = [District, BusGroup];
}

/// <summary>
/// A permanent SIP-coordination function (seed 000: only two of 13 districts had one): the area it covers (a district,
/// or a local BUS group with the districts it spans), its coordinator (a user id; vacant allowed) and when it runs.
/// </summary>
public sealed class CoordinationFunction
{
    private CoordinationFunction()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string AreaKind { get; private set; } = CoordinationAreaKinds.District;

    /// <summary>The district code, or the BUS group's id as text.</summary>
    public string AreaId { get; private set; } = string.Empty;

    public string AreaName { get; private set; } = string.Empty;

    /// <summary>The districts the area spans: the district itself, or the BUS group's districts as given.</summary>
    public List<string> DistrictCodes { get; private set; } = [];

    /// <summary>The coordinator's user id; null while the post is vacant.</summary>
    public string? CoordinatorUserId { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsVacant => CoordinatorUserId is null;

    public bool IsActiveOn(DateOnly day) => ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);

    public static CoordinationFunction Establish(
        string name, string areaKind, string areaId, string areaName, IEnumerable<string> districtCodes, string? coordinatorUserId, DateOnly validFrom, DateOnly? validUntil, DateTimeOffset now)
    {
        var districts = districtCodes.Distinct().ToList();
        if (areaKind == CoordinationAreaKinds.District)
        {
            districts = [areaId];
        }
        else if (districts.Count == 0)
        {
            throw new BusinessRuleViolationException("Districts of the BUS group", "A coordination function for a local BUS group names the districts the group covers.");
        }

        var function = new CoordinationFunction
        {
            Id = Guid.NewGuid(), Name = name, AreaKind = areaKind, AreaId = areaId, AreaName = areaName, DistrictCodes = districts, RecordedAt = now,
        };
        function.Change(coordinatorUserId, validFrom, validUntil);
        return function;
    }

    /// <summary>A new coordinator (or a vacancy) and the period; the area stays as established.</summary>
    public void Change(string? coordinatorUserId, DateOnly validFrom, DateOnly? validUntil)
    {
        if (validUntil < validFrom)
        {
            throw new BusinessRuleViolationException("Period of the function", "A coordination function cannot end before it begins.");
        }

        CoordinatorUserId = string.IsNullOrWhiteSpace(coordinatorUserId) ? null : coordinatorUserId.Trim();
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }
}
