using Microsoft.EntityFrameworkCore;
using Samverkan.Bus.Domain.Catalogues;

namespace Samverkan.Bus.Application.Features.Catalogues;

/// <summary>The one way handlers read a catalogue: the built-in entries and the ones added here, by code.</summary>
internal static class CatalogueReader
{
    public static async Task<IReadOnlyList<CatalogueEntry>> CatalogueAsync(this IBusDbContext db, string catalogue, CancellationToken cancellationToken)
    {
        var added = await db.CatalogueEntries.AsNoTracking().Where(e => e.Catalogue == catalogue).ToListAsync(cancellationToken);
        return [.. BuiltInCatalogue.Of(catalogue).Concat(added).OrderBy(e => e.Code, StringComparer.Ordinal)];
    }

    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(this IBusDbContext db, string catalogue, CancellationToken cancellationToken) =>
        (await db.CatalogueAsync(catalogue, cancellationToken)).ToDictionary(e => e.Code, e => e.Name);
}
