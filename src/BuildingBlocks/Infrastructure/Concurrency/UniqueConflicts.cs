using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>
/// An "at most one" rule kept by a unique index or key names what already exists when it is broken: the
/// message is declared beside the index, and the problem handler finds it by the constraint's name, so a
/// request that lost a race gets 409 in the API's terms instead of a 500 or a word about SQL.
/// </summary>
public static class UniqueConflicts
{
    private const string Annotation = "Samverkan:ConflictMessage";

    public static IndexBuilder<T> HasConflictMessage<T>(this IndexBuilder<T> index, string message) => index.HasAnnotation(Annotation, message);

    public static KeyBuilder HasConflictMessage(this KeyBuilder key, string message) => key.HasAnnotation(Annotation, message);

    /// <summary>The message declared for the index or key named <paramref name="constraintName"/>, if any.</summary>
    public static string? MessageFor(IModel model, string? constraintName)
    {
        if (constraintName is null)
        {
            return null;
        }

        var annotated = model.GetEntityTypes()
            .SelectMany(type => type.GetIndexes().Where(index => index.GetDatabaseName() == constraintName).Cast<IAnnotatable>()
                .Concat(type.GetKeys().Where(key => key.GetName() == constraintName)))
            .FirstOrDefault(item => item.FindAnnotation(Annotation) is not null);
        return annotated?.FindAnnotation(Annotation)!.Value as string;
    }
}
