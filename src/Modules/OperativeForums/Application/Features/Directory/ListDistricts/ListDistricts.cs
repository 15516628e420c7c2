using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;

public sealed record DistrictDto(string Code, string Name);

internal sealed record ListDistricts : IQuery<IReadOnlyList<DistrictDto>>;

internal sealed class ListDistrictsHandler(IOperativeForumsDbContext db) : IQueryHandler<ListDistricts, IReadOnlyList<DistrictDto>>
{
    public async Task<IReadOnlyList<DistrictDto>> Handle(ListDistricts query, CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking()
            .OrderBy(d => d.Name)
            .Select(d => new DistrictDto(d.Code, d.Name))
            .ToListAsync(cancellationToken);
}
