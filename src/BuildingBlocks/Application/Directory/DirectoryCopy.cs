using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Directory;

namespace Samverkan.BuildingBlocks.Application.Directory;

/// <summary>Writes a module's copy of the directory from its events.</summary>
public static class DirectoryCopy
{
    /// <summary>Adds a district the first time it is registered; a district's code and name do not change.</summary>
    public static async Task KeepAsync(DbSet<KnownDistrict> copies, KnownDistrict district, CancellationToken cancellationToken)
    {
        if (await copies.FindAsync([district.Code], cancellationToken) is null)
        {
            copies.Add(district);
        }
    }

    /// <summary>An organisation's copy; a later event replaces it whole.</summary>
    public static async Task KeepAsync(DbSet<KnownOrganisation> copies, KnownOrganisation latest, CancellationToken cancellationToken)
    {
        var existing = await copies.FindAsync([latest.Id], cancellationToken);
        if (existing is not null)
        {
            copies.Remove(existing);
        }

        copies.Add(latest);
    }
}
