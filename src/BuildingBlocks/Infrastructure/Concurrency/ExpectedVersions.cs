using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>The version a request's If-Match named for one aggregate.</summary>
public sealed record VersionPin(Type EntityType, object Key, long Version);

/// <summary>
/// Per request: the versions If-Match expects, checked when the handler loads the aggregate (so only after its
/// own access check has let the caller see it), and the versions the request saved, for the response's ETag.
/// A mismatch is not thrown at load: the handler's 404/403 must win over 412, so nothing leaks about a record
/// the caller may not see. The save throws it instead, and the ETag filter turns any later rule refusal into
/// 412 too (the refusal was about a state the caller had not seen).
/// </summary>
public sealed class ExpectedVersions
{
    private readonly List<VersionPin> _pins = [];
    private readonly HashSet<VersionPin> _seen = [];
    private readonly Dictionary<(Type, object), long> _saved = [];

    public bool HasMismatch { get; private set; }

    public void Expect(VersionPin pin) => _pins.Add(pin);

    public long? SavedVersion(Type entityType, object key) => _saved.TryGetValue((entityType, key), out var version) ? version : null;

    internal void OnLoaded(EntityEntry entry)
    {
        foreach (var pin in _pins.Where(pin => pin.EntityType == entry.Metadata.ClrType && Equals(pin.Key, KeyOf(entry))))
        {
            _seen.Add(pin);
            HasMismatch |= AggregateVersioning.LoadedVersion(entry) != pin.Version;
        }
    }

    /// <summary>Before a save: pins of this context's aggregates the handler never loaded are checked now.</summary>
    internal async Task VerifyAsync(DbContext db, CancellationToken cancellationToken)
    {
        foreach (var pin in _pins.Where(pin => !_seen.Contains(pin) && db.Model.FindEntityType(pin.EntityType) is not null).ToList())
        {
            var loaded = await db.FindAsync(pin.EntityType, [pin.Key], cancellationToken);
            if (loaded is not null)
            {
                OnLoaded(db.Entry(loaded));
            }
        }

        if (HasMismatch)
        {
            throw new PreconditionFailedException();
        }
    }

    internal void OnSaved(IEnumerable<EntityEntry> roots)
    {
        foreach (var root in roots.Where(root => root.State != EntityState.Detached))
        {
            _saved[(root.Metadata.ClrType, KeyOf(root))] = (long)root.Property(AggregateVersioning.PropertyName).CurrentValue!;
        }
    }

    // A composite key (an absence ladder's steps) is never pinned by a route value; it is joined only to tell entries apart.
    private static object KeyOf(EntityEntry entry)
    {
        var values = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.CurrentValues[p]!).ToList();
        return values.Count == 1 ? values[0] : string.Join('|', values);
    }
}

/// <summary>If-Match named another version than the aggregate has; the ETag filter answers 412.</summary>
public sealed class PreconditionFailedException() : Exception("The resource has changed since the version named in If-Match.");
