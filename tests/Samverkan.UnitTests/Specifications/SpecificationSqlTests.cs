using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Specifications;
using Shouldly;

namespace Samverkan.UnitTests.Specifications;

/// <summary>What our evaluator makes of an Ardalis specification, read from the SQL Npgsql generates.</summary>
public sealed class SpecificationSqlTests
{
    private sealed class ShelvesMatching : Specification<Shelf>
    {
        public ShelvesMatching(string search)
        {
            Query.Where(s => s.Id > 10)
                .Search(s => s.Name, SearchPattern.Containing(search))
                .Include(s => s.Books).ThenInclude(b => b.Author).ThenInclude(a => a.Country)
                .OrderBy(s => s.Name).ThenByDescending(s => s.Id)
                .Skip(20).Take(10)
                .AsNoTracking()
                .TagWith("shelves matching a search");
        }
    }

    private sealed class ShelfNames : Specification<Shelf, string>
    {
        public ShelfNames()
        {
            Query.OrderBy(s => s.Name);
            Query.Select(s => s.Name);
        }
    }

    private sealed class ShelvesWithBooksSplit : Specification<Shelf>
    {
        public ShelvesWithBooksSplit() => Query.Include(s => s.Books).AsSplitQuery();
    }

    private static readonly LibraryDbContext Db = new();

    private static string Sql(IQueryable query) => query.ToQueryString();

    [Test]
    public void Where_BecomesSqlWhere() =>
        Sql(Db.Shelves.WithSpecification(new ShelvesMatching("x"))).ShouldContain("s.\"Id\" > 10");

    [Test]
    public void Search_BecomesIlikeWithAParameter()
    {
        var sql = Sql(Db.Shelves.WithSpecification(new ShelvesMatching("Nor")));
        sql.ShouldContain("s.\"Name\" ILIKE @Value ESCAPE '\\'");
        sql.ShouldContain("'%Nor%'");
    }

    [Test]
    public void OrderAndPaging_BecomeOrderByLimitOffset()
    {
        var sql = Sql(Db.Shelves.WithSpecification(new ShelvesMatching("x")));
        sql.ShouldContain("ORDER BY s.\"Name\", s.\"Id\" DESC");
        sql.ShouldContain("LIMIT @");
        sql.ShouldContain("OFFSET @");
    }

    [Test]
    public void IncludeAndThenInclude_JoinEveryLevel()
    {
        var sql = Sql(Db.Shelves.WithSpecification(new ShelvesMatching("x")));
        sql.ShouldContain("LEFT JOIN (");
        sql.ShouldContain("FROM \"Book\" AS b");
        sql.ShouldContain("INNER JOIN \"Author\" AS a");
        sql.ShouldContain("INNER JOIN \"Country\" AS c");
    }

    [Test]
    public void Tag_IsWrittenAboveTheSql() =>
        Sql(Db.Shelves.WithSpecification(new ShelvesMatching("x"))).ShouldContain("-- shelves matching a search" + Environment.NewLine);

    [Test]
    public void AsNoTracking_IsAppliedToTheQuery() =>
        Db.Shelves.WithSpecification(new ShelvesMatching("x")).Expression.ToString().ShouldContain("AsNoTracking()");

    [Test]
    public void AsSplitQuery_SplitsTheCollection() =>
        Sql(Db.Shelves.WithSpecification(new ShelvesWithBooksSplit())).ShouldContain("split-query mode");

    [Test]
    public void Select_ReadsOnlyTheSelectedColumn()
    {
        var sql = Sql(Db.Shelves.WithSpecification(new ShelfNames()));
        sql.ShouldStartWith("SELECT s.\"Name\"" + Environment.NewLine + "FROM \"Shelves\" AS s");
    }

    [Test]
    public void CriteriaOnly_FiltersWithoutOrderPagingOrIncludes()
    {
        var sql = Sql(Db.Shelves.WithCriteriaOf(new ShelvesMatching("x")));
        sql.ShouldContain("ILIKE");
        sql.ShouldNotContain("ORDER BY");
        sql.ShouldNotContain("LIMIT");
        sql.ShouldNotContain("JOIN");
    }

    [Test]
    public void SearchPattern_TypedWildcardsMatchThemselves() =>
        SearchPattern.Containing(" 50%_a\\ ").ShouldBe(@"%50\%\_a\\%");
}
