using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.Sip.Domain.Coordination;

namespace Samverkan.Sip.Application.Features.Coordination;

public sealed record CoordinationFunctionDto(
    Guid Id, string Name, [property: ValuesOf(typeof(CoordinationAreaKinds))] string AreaKind, string AreaId, string AreaName, IReadOnlyList<string> DistrictCodes,
    string? CoordinatorUserId, bool Vacant, DateOnly ValidFrom, DateOnly? ValidUntil, bool Active);

/// <summary>A district of the directory without a coordination function in force today (<c>Reason</c> none), or whose only ones are vacant (vacant).</summary>
public sealed record UncoveredDistrictDto(string Code, string Name, string Reason);

internal sealed record ListCoordinationFunctions : IQuery<IReadOnlyList<CoordinationFunctionDto>>;

internal sealed record ListUncoveredDistricts : IQuery<IReadOnlyList<UncoveredDistrictDto>>;

/// <summary>The coordination functions (no child's data: open to administrators and coordinators).</summary>
internal sealed class ListCoordinationFunctionsHandler(ISipDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListCoordinationFunctions, IReadOnlyList<CoordinationFunctionDto>>
{
    public async Task<IReadOnlyList<CoordinationFunctionDto>> Handle(ListCoordinationFunctions query, CancellationToken cancellationToken)
    {
        CoordinationReaders.Require(user);
        var today = StockholmCalendar.Today(time);
        var functions = await db.CoordinationFunctions.AsNoTracking().OrderBy(f => f.AreaName).ThenBy(f => f.ValidFrom).ToListAsync(cancellationToken);
        return [.. functions.Select(f => new CoordinationFunctionDto(
            f.Id, f.Name, f.AreaKind, f.AreaId, f.AreaName, f.DistrictCodes, f.CoordinatorUserId, f.IsVacant, f.ValidFrom, f.ValidUntil, f.IsActiveOn(today)))];
    }
}

/// <summary>Where no permanent SIP coordination exists (seed 000: two of 13 districts had one), from Sip's copy of the directory's districts.</summary>
internal sealed class ListUncoveredDistrictsHandler(ISipDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListUncoveredDistricts, IReadOnlyList<UncoveredDistrictDto>>
{
    public async Task<IReadOnlyList<UncoveredDistrictDto>> Handle(ListUncoveredDistricts query, CancellationToken cancellationToken)
    {
        CoordinationReaders.Require(user);
        var today = StockholmCalendar.Today(time);
        var active = (await db.CoordinationFunctions.AsNoTracking().ToListAsync(cancellationToken)).Where(f => f.IsActiveOn(today)).ToList();
        var districts = await db.KnownDistricts.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return [.. districts
            .Select(d => (District: d, Functions: active.Where(f => f.DistrictCodes.Contains(d.Code)).ToList()))
            .Where(x => x.Functions.All(f => f.IsVacant))
            .Select(x => new UncoveredDistrictDto(x.District.Code, x.District.Name, x.Functions.Count == 0 ? "none" : "vacant"))];
    }
}

internal static class CoordinationReaders
{
    public static void Require(ICurrentUser user)
    {
        if (!CoordinationManagers.Roles.Any(user.IsInRole))
        {
            throw new ForbiddenException("Coordination functions are read by administrators and coordinators.");
        }
    }
}
