using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Npgsql;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Auditing;
using Samverkan.BuildingBlocks.Infrastructure.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;

namespace Samverkan.BuildingBlocks.Infrastructure.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>Each module keeps its migration history in its own schema, under this name.</summary>
    public const string MigrationsHistoryTable = "__migrations_history";

    /// <summary>
    /// Registers one module: its DbContext on its own schema and migrations history table, and, by a scan of
    /// its Application assembly, its request handlers, validators and integration- and domain-event handlers.
    /// </summary>
    public static IServiceCollection AddModule<TDbContext>(this IServiceCollection services, ModuleDescriptor module, string connectionString)
        where TDbContext : ModuleDbContext
    {
        Registry(services).Add(module);
        var connection = WithPreparedStatements(connectionString);
        services.AddDbContext<TDbContext>(
            options => options
            .UseNpgsql(connection, npgsql => npgsql
                .MigrationsHistoryTable(MigrationsHistoryTable, module.Schema)
                .MigrationsAssembly(typeof(TDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            // The exception reaches whoever called (the problem handler logs it once: an error, or a warning
            // while the database is unreachable; the relay logs its own): EF's own line per failure would
            // repeat it, with the SQL, for every request of an outage.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug))),
            // The options depend on nothing per request: built once, not again for every request's DbContext.
            optionsLifetime: ServiceLifetime.Singleton);

        // Every module's deadlines are checked on the hour, Stockholm time, by a job of its own.
        services.AddSingleton<DeadlineChecker<TDbContext>>();
        services.AddTransient<IRequestHandler<CheckDeadlines<TDbContext>, Unit>, CheckDeadlinesHandler<TDbContext>>();
        services.AddScheduledCommand<CheckDeadlines<TDbContext>>($"check-deadlines-{module.Name}", "0 * * * *");

        // Every module's audit log can be reviewed the same way (Host: /api/v1/audit-trail/<module>).
        services.AddTransient<IRequestHandler<ReadAuditTrail<TDbContext>, Page<AuditTrailEntry>>, ReadAuditTrailHandler<TDbContext>>();
        services.AddTransient<IValidator<ReadAuditTrail<TDbContext>>, ReadAuditTrailValidator<TDbContext>>();

        RegisterClosedImplementations(services, module.ApplicationAssembly, typeof(IRequestHandler<,>));
        RegisterClosedImplementations(services, module.ApplicationAssembly, typeof(IValidator<>));
        RegisterClosedImplementations(services, module.ApplicationAssembly, typeof(IDomainEventHandler<>));
        foreach (var handler in ClosedImplementations(module.ApplicationAssembly, typeof(IIntegrationEventHandler<>)))
        {
            services.AddTransient(handler.Implementation);
            services.AddSingleton(new IntegrationEventSubscription(handler.Service.GetGenericArguments()[0], handler.Implementation, module));
        }

        return services;
    }

    /// <summary>
    /// Npgsql prepares a statement on a connection once it has run a few times, so the hot reads skip parsing
    /// and planning (prepared statements survive the connection's return to the pool). An operator's own
    /// "Max Auto Prepare" in the connection string wins.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }

    public static ModuleRegistry Registry(IServiceCollection services) => SingletonInstance.GetOrAdd<ModuleRegistry>(services);

    private static void RegisterClosedImplementations(IServiceCollection services, Assembly assembly, Type openInterface)
    {
        foreach (var (service, implementation) in ClosedImplementations(assembly, openInterface))
        {
            services.AddTransient(service, implementation);
        }
    }

    private static IEnumerable<(Type Service, Type Implementation)> ClosedImplementations(Assembly assembly, Type openInterface) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from service in type.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == openInterface
        select (service, type);
}
