using Mapster;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.OperativeForums.Application.Mapping;

namespace Samverkan.OperativeForums.Application.Features.Directory.ListDistricts;

public sealed record DistrictDto(string Code, string Name);

internal sealed record ListDistricts : IQuery<IReadOnlyList<DistrictDto>>;

internal sealed class ListDistrictsHandler(IOperativeForumsDbContext db, OperativeForumsMapping mapping) : IQueryHandler<ListDistricts, IReadOnlyList<DistrictDto>>
{
    public async Task<IReadOnlyList<DistrictDto>> Handle(ListDistricts query, CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking()
            .OrderBy(d => d.Name)
            .ProjectToType<DistrictDto>(mapping.Config)
            .ToListAsync(cancellationToken);
}
