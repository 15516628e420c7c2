using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.BuildingBlocks.Infrastructure.Concurrency;

/// <summary>
/// How the ETag filter finds a resource's current version (its entity tag, without quotes; null when there is
/// no such resource) and, for an aggregate, which version an If-Match value pins the handler's load to.
/// </summary>
public abstract class VersionedResource
{
    public abstract Task<string?> CurrentTagAsync(HttpContext context, CancellationToken cancellationToken);

    /// <summary>The pin an If-Match tag stands for, or null when the tag is compared before the handler runs.</summary>
    public virtual VersionPin? Pin(HttpContext context, string tag) => null;

    /// <summary>The tag after a successful write, when the write itself knows it.</summary>
    public virtual string? SavedTag(HttpContext context) => null;

    /// <summary>An aggregate by key: the tag is its version ("3").</summary>
    public static VersionedResource Aggregate<TDbContext, TEntity>(Func<HttpContext, object?> key)
        where TDbContext : DbContext
        where TEntity : class => new AggregateResource<TDbContext, TEntity>(key);

    /// <summary>An aggregate whose key is a route value, e.g. "intakeId".</summary>
    public static VersionedResource Aggregate<TDbContext, TEntity>(string routeKey)
        where TDbContext : DbContext
        where TEntity : class => new AggregateResource<TDbContext, TEntity>(context => RouteGuid(context, routeKey));

    /// <summary>A resource that is not one aggregate (a current row that is replaced, a set of rows): its tag is computed.</summary>
    public static VersionedResource Computed(Func<HttpContext, CancellationToken, Task<string?>> currentTag) => new ComputedResource(currentTag);

    private static object? RouteGuid(HttpContext context, string routeKey) =>
        Guid.TryParse(context.GetRouteValue(routeKey)?.ToString(), out var id) ? id : null;

    private sealed class AggregateResource<TDbContext, TEntity>(Func<HttpContext, object?> key) : VersionedResource
        where TDbContext : DbContext
        where TEntity : class
    {
        public override async Task<string?> CurrentTagAsync(HttpContext context, CancellationToken cancellationToken)
        {
            if (key(context) is not { } id)
            {
                return null;
            }

            var db = context.RequestServices.GetRequiredService<TDbContext>();
            var version = await db.Set<TEntity>().AsNoTracking()
                .Where(HasKey(db, id))
                .Select(entity => (long?)EF.Property<long>(entity, AggregateVersioning.PropertyName))
                .SingleOrDefaultAsync(cancellationToken);
            return version?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static Expression<Func<TEntity, bool>> HasKey(DbContext db, object id)
        {
            var keyProperty = db.Model.FindEntityType(typeof(TEntity))!.FindPrimaryKey()!.Properties.Single();
            var entity = Expression.Parameter(typeof(TEntity), "entity");
            var property = Expression.Call(typeof(EF), nameof(EF.Property), [keyProperty.ClrType], entity, Expression.Constant(keyProperty.Name));
            return Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(property, Expression.Constant(id, keyProperty.ClrType)), entity);
        }

        public override VersionPin? Pin(HttpContext context, string tag) =>
            key(context) is { } id
                ? new VersionPin(typeof(TEntity), id, long.TryParse(tag, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : -1)
                : null;

        public override string? SavedTag(HttpContext context) =>
            key(context) is { } id && context.RequestServices.GetRequiredService<ExpectedVersions>().SavedVersion(typeof(TEntity), id) is { } version
                ? version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : null;
    }

    private sealed class ComputedResource(Func<HttpContext, CancellationToken, Task<string?>> currentTag) : VersionedResource
    {
        public override Task<string?> CurrentTagAsync(HttpContext context, CancellationToken cancellationToken) => currentTag(context, cancellationToken);
    }
}
