using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// One transaction per request on the owning module's DbContext: the handler's changes, domain-event
/// handlers, audit entries and outbox rows are saved and committed together, and nothing leaves the module
/// before the commit. A request sent while a transaction is already open (from an integration-event handler)
/// joins it. A query opens no transaction: what it writes is its audit entries, one statement that commits or
/// fails on its own (AuditWriter), and a read needs no BEGIN and COMMIT round trips around it; should a query
/// have changed anything else, its changes and the audit are saved in a transaction after all.
/// </summary>
public sealed class UnitOfWorkBehaviour<TRequest, TResponse>(ModuleRegistry modules, IServiceProvider services, OutboxSignal outboxSignal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var module = modules.OwnerOf(typeof(TRequest));
        if (module is null)
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType);
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        if (request is IBaseQuery)
        {
            return await QueryAsync(db, next, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        var wroteOutbox = await ModuleChanges.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (wroteOutbox)
        {
            outboxSignal.Notify();
        }

        return response;
    }

    private static async Task<TResponse> QueryAsync(ModuleDbContext db, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        // One pooled connection for all of the query's statements and its audit; left to itself EF takes one
        // from the pool, and has it reset, for every statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var result = await next();
            await using var transaction = db.ChangeTracker.HasChanges() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await ModuleChanges.SaveAsync(db, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
