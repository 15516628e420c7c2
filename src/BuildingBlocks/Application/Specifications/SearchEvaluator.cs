using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>
/// A specification's Search as case-insensitive ILIKE: terms of one search group are alternatives (OR), the
/// groups must all match (AND). Terms are LIKE patterns with \\ as escape character; see <see cref="SearchPattern"/>.
/// </summary>
internal static class SearchEvaluator
{
    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    // Without an escape character Npgsql writes ESCAPE '', and SearchPattern's escaped % and _ would be wildcards again.
    private static readonly ConstantExpression Backslash = Expression.Constant(@"\");

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<SearchExpressionInfo<T>> criteria) =>
        criteria.GroupBy(c => c.SearchGroup).Aggregate(query, (current, group) => current.Where(AnyMatches(group)));

    private static Expression<Func<T, bool>> AnyMatches<T>(IEnumerable<SearchExpressionInfo<T>> group)
    {
        var entity = Expression.Parameter(typeof(T), "e");
        var matches = group.Select(criterion => (Expression)Expression.Call(
            ILike,
            Expression.Constant(EF.Functions),
            new ParameterReplacer(criterion.Selector.Parameters[0], entity).Visit(criterion.Selector.Body),
            AsSqlParameter(criterion.SearchTerm),
            Backslash));
        return Expression.Lambda<Func<T, bool>>(matches.Aggregate(Expression.OrElse), entity);
    }

    // A member of a captured object becomes a SQL parameter; a bare constant would be written into the SQL text.
    private static MemberExpression AsSqlParameter(string term) =>
        Expression.Property(Expression.Constant(new SearchTerm(term)), nameof(SearchTerm.Value));

    private sealed record SearchTerm(string Value);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
