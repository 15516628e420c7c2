using System.Linq.Expressions;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>
/// "In one of the caller's districts" as SQL that keeps an index's order. Most staff cover one district; for
/// them the criterion is an equality, so PostgreSQL 15 reads a (district, date) index in order and stops at
/// the page. <c>district = ANY(@codes)</c> makes it fetch and sort every row of the district first (ordered
/// scans of an array condition arrive in PostgreSQL 17): 10 ms against 0.1 ms for a page of 20,000 intakes.
/// </summary>
public static class DistrictCriteria
{
    public static Expression<Func<T, bool>> In<T>(IReadOnlyCollection<string> districts, Expression<Func<T, string>> district)
    {
        // Members of a captured object become SQL parameters; bare constants would be written into the SQL text.
        if (districts.Count != 1)
        {
            var codes = Expression.Property(Expression.Constant(new Codes([.. districts])), nameof(Codes.Value));
            return Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], codes, district.Body),
                district.Parameters);
        }

        var only = Expression.Property(Expression.Constant(new Code(districts.First())), nameof(Code.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(district.Body, only), district.Parameters);
    }

    private sealed record Code(string Value);

    private sealed record Codes(List<string> Value);
}
