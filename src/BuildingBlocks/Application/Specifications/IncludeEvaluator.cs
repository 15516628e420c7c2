using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Samverkan.BuildingBlocks.Application.Specifications;

/// <summary>
/// A specification keeps its includes as untyped lambdas, so EF's generic Include and ThenInclude are closed
/// over the lambda's types here and invoked by reflection.
/// </summary>
internal static class IncludeEvaluator
{
    private static readonly MethodInfo Include = EfMethod(
        nameof(EntityFrameworkQueryableExtensions.Include), m => m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterCollection = EfMethod(
        nameof(EntityFrameworkQueryableExtensions.ThenInclude), m => !PreviousPropertyIsGenericParameter(m));

    private static readonly MethodInfo ThenIncludeAfterReference = EfMethod(
        nameof(EntityFrameworkQueryableExtensions.ThenInclude), PreviousPropertyIsGenericParameter);

    public static IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<IncludeExpressionInfo> includes)
        where T : class =>
        includes.Aggregate(query, (current, include) => (IQueryable<T>)Method<T>(include).Invoke(null, [current, include.LambdaExpression])!);

    private static MethodInfo Method<T>(IncludeExpressionInfo include)
    {
        var lambda = include.LambdaExpression;
        if (include.Type == IncludeTypeEnum.Include)
        {
            return Include.MakeGenericMethod(typeof(T), lambda.ReturnType);
        }

        var previous = include.PreviousPropertyType
            ?? throw new InvalidOperationException("A ThenInclude must follow an Include.");
        var element = lambda.Parameters[0].Type;
        // After a collection the lambda's parameter is the collection's element, not the collection itself.
        return previous == element
            ? ThenIncludeAfterReference.MakeGenericMethod(typeof(T), previous, lambda.ReturnType)
            : ThenIncludeAfterCollection.MakeGenericMethod(typeof(T), element, lambda.ReturnType);
    }

    private static MethodInfo EfMethod(string name, Func<MethodInfo, bool> predicate) =>
        typeof(EntityFrameworkQueryableExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && predicate(m));

    // IIncludableQueryable<TEntity, TPreviousProperty> versus IIncludableQueryable<TEntity, IEnumerable<TPreviousProperty>>.
    private static bool PreviousPropertyIsGenericParameter(MethodInfo thenInclude) =>
        thenInclude.GetParameters()[0].ParameterType.GetGenericArguments()[1].IsGenericParameter;
}
