using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Specifications;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>Applies a Specification to an EF Core query, so the criteria, includes, order and page become SQL.</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> query, Specification<T> specification)
        where T : class
    {
        query = specification.WhereExpressions.Aggregate(query, (current, criteria) => current.Where(criteria));
        query = specification.IncludeExpressions.Aggregate(query, (current, include) => current.Include(include));

        IOrderedQueryable<T>? ordered = null;
        foreach (var (keySelector, descending) in specification.OrderExpressions)
        {
            ordered = (ordered, descending) switch
            {
                (null, false) => query.OrderBy(keySelector),
                (null, true) => query.OrderByDescending(keySelector),
                (_, false) => ordered.ThenBy(keySelector),
                (_, true) => ordered.ThenByDescending(keySelector),
            };
        }

        query = ordered ?? query;
        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return query;
    }
}
