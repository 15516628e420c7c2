using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Specifications;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>A query that returns one page of a list.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public static class PagingRules
{
    /// <summary>The rows of the query's page, from an ordered source.</summary>
    public static IQueryable<T> PageOf<T>(this IQueryable<T> ordered, IPagedQuery query) =>
        ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);

    /// <summary>
    /// The page's rows and the count of every row the list pages through, in one statement: the count rides on
    /// each row as a subquery PostgreSQL runs once, so a list costs one round trip, not two, and page and total come
    /// from one snapshot. Only an empty page after the first needs the count on its own (an empty first page: none).
    /// </summary>
    public static async Task<(List<T> Items, int TotalCount)> ToListWithTotalAsync<T, TRow>(
        this IQueryable<T> page, IQueryable<TRow> matching, IPagedQuery query, CancellationToken cancellationToken)
    {
        var rows = await page.Select(item => new RowWithTotal<T>(item, matching.Count())).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            return (rows.ConvertAll(row => row.Item), rows[0].TotalCount);
        }

        return ([], query.Page == 1 ? 0 : await matching.CountAsync(cancellationToken));
    }

    private sealed record RowWithTotal<T>(T Item, int TotalCount);

    /// <summary>The page rules every list query shares: a page number from 1, a size within Paging.MaxPageSize.</summary>
    public static void ValidatePaging<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, InputBounds.MaxPage);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }

    /// <summary>The sort rule every sortable list shares: one of the list's named orders, or none for its default.</summary>
    public static void ValidateSort<T, TRow>(this AbstractValidator<T> validator, Expression<Func<T, string?>> sort, SortOrders<TRow> orders) =>
        validator.RuleFor(sort).Must(orders.Allows).WithMessage($"One of: {string.Join(", ", orders.Values)}.");
}
