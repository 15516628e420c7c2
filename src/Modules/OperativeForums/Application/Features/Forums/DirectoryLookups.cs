using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Forums;

/// <summary>Checks that what a request names exists in the directory; an unknown one breaks a named rule (422).</summary>
internal static class DirectoryLookups
{
    public static async Task EnsureDistrictExistsAsync(this IOperativeForumsDbContext db, string districtCode, CancellationToken cancellationToken)
    {
        if (!await db.Districts.AnyAsync(d => d.Code == districtCode, cancellationToken))
        {
            throw new BusinessRuleViolationException("Known district", $"Unknown district '{districtCode}'.");
        }
    }

    public static async Task<Organisation> FindOrganisationAsync(this IOperativeForumsDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
        ?? throw new BusinessRuleViolationException("Known organisation", $"Unknown organisation {organisationId}.");
}
