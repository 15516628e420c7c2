using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>
/// Applies an Ardalis specification to an EF Core query, so it becomes one SQL statement. Ardalis' own EF
/// evaluator package is not served here (docs/adr/0008): the core's where, order and paging evaluators work
/// on any IQueryable; includes, search, tracking, split queries and tags are added here.
/// </summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        query = query.WithCriteriaOf(specification);
        query = IncludeEvaluator.Apply(query, specification.IncludeExpressions);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        query = specification.QueryTags.Aggregate(query, (current, tag) => current.TagWith(tag));
        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        return specification.IgnoreQueryFilters ? query.IgnoreQueryFilters() : query;
    }

    public static IQueryable<TResult> WithSpecification<T, TResult>(this IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select: it cannot produce {typeof(TResult).Name}.");
        return query.WithSpecification((ISpecification<T>)specification).Select(selector);
    }

    /// <summary>Only the filters (where and search), for counting every row a paged specification matches.</summary>
    public static IQueryable<T> WithCriteriaOf<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class =>
        SearchEvaluator.Apply(WhereEvaluator.Instance.GetQuery(query, specification), specification.SearchCriterias);
}
