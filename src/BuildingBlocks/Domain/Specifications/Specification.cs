using System.Linq.Expressions;

namespace Samverkan.BuildingBlocks.Domain.Specifications;

/// <summary>
/// A named query: criteria, includes, ordering and paging in one object (names as in Ardalis.Specification,
/// which the registry here lacks; docs/adr/0004). Evaluated against EF Core by SpecificationEvaluator.
/// </summary>
public abstract class Specification<T>
    where T : class
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<Expression<Func<T, object?>>> _includes = [];
    private readonly List<(Expression<Func<T, object?>> KeySelector, bool Descending)> _orderBy = [];

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => _criteria;
    public IReadOnlyList<Expression<Func<T, object?>>> IncludeExpressions => _includes;
    public IReadOnlyList<(Expression<Func<T, object?>> KeySelector, bool Descending)> OrderExpressions => _orderBy;
    public int? Skip { get; private set; }
    public int? Take { get; private set; }

    protected void Where(Expression<Func<T, bool>> criteria) => _criteria.Add(criteria);

    protected void Include(Expression<Func<T, object?>> navigation) => _includes.Add(navigation);

    protected void OrderBy(Expression<Func<T, object?>> keySelector) => _orderBy.Add((keySelector, false));

    protected void OrderByDescending(Expression<Func<T, object?>> keySelector) => _orderBy.Add((keySelector, true));

    protected void Page(int pageNumber, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        Skip = (pageNumber - 1) * pageSize;
        Take = pageSize;
    }

    /// <summary>Evaluates the criteria in memory, for domain checks on objects already loaded.</summary>
    public bool IsSatisfiedBy(T candidate) => _criteria.All(c => c.Compile()(candidate));
}
