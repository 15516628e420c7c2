using MediatR;

namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A request that only reads. Queries of a child's data still write their audit entries, in one statement
/// without a transaction around the read (UnitOfWorkBehaviour); they must not change anything else.
/// </summary>
public interface IQuery<out TResult> : IRequest<TResult>, IBaseQuery;

/// <summary>Any query, whatever its result: how the pipeline tells a read from a command.</summary>
public interface IBaseQuery;

public interface IQueryHandler<in TQuery, TResult> : IRequestHandler<TQuery, TResult>
    where TQuery : IQuery<TResult>;
