using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Behaviours;

namespace Samverkan.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// MediatR 5.1.0 (the version the registry here serves, docs/adr/0003) with our own registration: handlers
/// are found by each module's scan, and the pipeline is logging -> validation -> unit of work -> handler.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // MediatR 5 wraps behaviours in registration order: the first registered runs outermost.
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehaviour<,>));
        return services;
    }
}
