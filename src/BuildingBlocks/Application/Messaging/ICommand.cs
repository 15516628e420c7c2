using MediatR;

namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>
/// A request that changes state. It runs in one transaction on its module's DbContext (UnitOfWorkBehaviour):
/// the changes, the audit entries and the outbox rows commit together or not at all.
/// </summary>
public interface ICommand<out TResult> : IRequest<TResult>;

public interface ICommandHandler<in TCommand, TResult> : IRequestHandler<TCommand, TResult>
    where TCommand : ICommand<TResult>;
