using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>
/// Every aggregate root carries a version: a shadow column <c>version</c> that is the optimistic concurrency
/// token. <see cref="BumpVersions"/> raises it on every save in which anything in the aggregate changed, the
/// root row or only an owned child (a new membership, an attendance line), so two requests that both read
/// version n cannot both save: the second UPDATE finds no row with version n and EF raises
/// <see cref="DbUpdateConcurrencyException"/>. PostgreSQL's xmin would not do: a change to a child table alone
/// leaves the root row's xmin as it was.
/// </summary>
public static class AggregateVersioning
{
    public const string PropertyName = "Version";

    private const string ResourceAnnotation = "Samverkan:VersionedResource";

    /// <summary>Marks the entity as an aggregate root with a version; <paramref name="resource"/> names it in problems ("intake").</summary>
    public static EntityTypeBuilder<T> IsVersionedAggregate<T>(this EntityTypeBuilder<T> builder, string resource)
        where T : class
    {
        builder.Property<long>(PropertyName).HasColumnName("version").HasDefaultValue(1L).IsConcurrencyToken();
        builder.HasAnnotation(ResourceAnnotation, resource);
        return builder;
    }

    /// <summary>The name of the aggregate in the API's terms, or null when the type is not a versioned aggregate.</summary>
    public static string? ResourceName(IReadOnlyEntityType type) => type.FindAnnotation(ResourceAnnotation)?.Value as string;

    /// <summary>The name of the aggregate an entity belongs to, itself or its owner's ("forum" for a membership).</summary>
    public static string? AggregateNameOf(IReadOnlyEntityType type)
    {
        for (IReadOnlyEntityType? current = type; current is not null; current = current.FindOwnership()?.PrincipalEntityType)
        {
            if (ResourceName(current) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The version of a tracked root as it was loaded (what the UPDATE's WHERE compares with).</summary>
    public static long LoadedVersion(EntityEntry root) => (long)root.Property(PropertyName).OriginalValue!;

    /// <summary>Called by ModuleDbContext just before it saves: version 1 for a new root, loaded + 1 for a changed one.</summary>
    public static IReadOnlyList<EntityEntry> BumpVersions(ChangeTracker changeTracker)
    {
        // Grouped by type, so finding an owner looks only at entries of the owner's type: a batch that tracks
        // thousands of rows (reminders, deadlines) is not searched once per changed row.
        var entriesByType = changeTracker.Entries().ToLookup(entry => entry.Metadata);
        var roots = entriesByType.SelectMany(group => group)
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => RootOf(entry, entriesByType))
            .OfType<EntityEntry>()
            .Distinct()
            .ToList();
        foreach (var root in roots)
        {
            var version = root.Property(PropertyName);
            if (root.State == EntityState.Added)
            {
                version.CurrentValue = 1L;
            }
            else if (root.State != EntityState.Deleted)
            {
                // Setting the value marks an unchanged root modified, so a change to a child alone still
                // updates (and checks) the root row.
                version.CurrentValue = LoadedVersion(root) + 1;
            }
        }

        return roots;
    }

    // The versioned root an entry belongs to: itself, or the owner it is owned by (owned types nest).
    private static EntityEntry? RootOf(EntityEntry entry, ILookup<IEntityType, EntityEntry> entriesByType)
    {
        var current = entry;
        while (ResourceName(current.Metadata) is null)
        {
            var ownership = current.Metadata.FindOwnership();
            if (ownership is null)
            {
                return null;
            }

            var values = ownership.Properties
                .Select(property => current.State == EntityState.Deleted ? current.OriginalValues[property] : current.CurrentValues[property])
                .ToList();
            var owner = entriesByType[ownership.PrincipalEntityType].FirstOrDefault(candidate =>
                ownership.PrincipalKey.Properties.Select(property => candidate.CurrentValues[property]).SequenceEqual(values));
            if (owner is null)
            {
                return null;
            }

            current = owner;
        }

        return current;
    }
}
