using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Directory;

namespace Samverkan.BuildingBlocks.Application.Directory;

/// <summary>Writes a module's copy of an organisation from the directory's event; a later event replaces the copy whole.</summary>
public static class DirectoryCopy
{
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
