using MediatR;

namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A request that only reads. Queries of a child's data still write an audit entry, so they run in a
/// transaction too; they must not change anything else.
/// </summary>
public interface IQuery<out TResult> : IRequest<TResult>;

public interface IQueryHandler<in TQuery, TResult> : IRequestHandler<TQuery, TResult>
    where TQuery : IQuery<TResult>;
