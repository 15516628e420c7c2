using System.Linq.Expressions;
using Ardalis.Specification;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>
/// The orders a list offers, by name: <c>sort=name</c> ascending, <c>sort=-name</c> descending (the same
/// convention in every module). A name may order by several keys (a meeting's date, then its start time); the
/// tie-breaker (the row's id) comes last, so paging through a list never repeats or skips a row.
/// </summary>
public sealed class SortOrders<T>
{
    private readonly Dictionary<string, Expression<Func<T, object?>>[]> _fields;
    private readonly Expression<Func<T, object?>> _tieBreaker;

    public SortOrders(string defaultSort, Expression<Func<T, object?>> tieBreaker, params (string Name, Expression<Func<T, object?>>[] Keys)[] fields)
    {
        _fields = fields.ToDictionary(f => f.Name, f => f.Keys, StringComparer.Ordinal);
        _tieBreaker = tieBreaker;
        Values = [.. _fields.Keys.SelectMany(name => new[] { name, "-" + name })];
        Default = Values.Contains(defaultSort) ? defaultSort : throw new ArgumentException($"'{defaultSort}' is not one of the orders.", nameof(defaultSort));
    }

    /// <summary>What <c>sort</c> may be; the OpenAPI document lists them (ValuesOf).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The order when the caller names none.</summary>
    public string Default { get; }

    public bool Allows(string? sort) => sort is null || Values.Contains(sort);

    public void Apply(ISpecificationBuilder<T> query, string? sort)
    {
        var chosen = sort ?? Default;
        var descending = chosen.StartsWith('-');
        var keys = _fields[chosen.TrimStart('-')];
        var ordered = descending ? query.OrderByDescending(keys[0]) : query.OrderBy(keys[0]);
        foreach (var key in keys.Skip(1))
        {
            ordered = descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        ordered.ThenBy(_tieBreaker);
    }
}
