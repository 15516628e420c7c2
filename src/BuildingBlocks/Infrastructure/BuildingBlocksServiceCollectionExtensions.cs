using Microsoft.Extensions.Configuration;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Inbox;
using Samverkan.BuildingBlocks.Infrastructure.Messaging;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Outbox;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;
using Samverkan.BuildingBlocks.Infrastructure.Security;

namespace Samverkan.BuildingBlocks.Infrastructure;

public static class BuildingBlocksServiceCollectionExtensions
{
    /// <summary>The shared machinery every module runs on: mediator pipeline, outbox, bus, inbox, migrations.</summary>
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services, IConfiguration configuration)
    {
        ModuleServiceCollectionExtensions.Registry(services);
        services.AddSingleton(TimeProvider.System);
        services.AddMediatorPipeline();

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<ModuleDbContextDependencies>();
        services.AddScoped<DomainEventDispatcher>();
        services.AddSingleton<IntegrationEventSerializer>();

        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.Configure<PublicAddress>(configuration.GetSection(PublicAddress.Section));
        services.AddSingleton<InboxDelivery>();
        services.AddSingleton<InProcessEventBus>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxRelayService>();
        services.AddScoped<IRequestHandler<PurgeHandledMessages, Unit>, PurgeHandledMessagesHandler>();
        services.AddScheduledCommand<PurgeHandledMessages>(PurgeHandledMessages.JobName, PurgeHandledMessages.DefaultCron);
        services.AddIdempotencyKeys(configuration);

        services.AddSingleton<ModuleMigrator>();
        return services;
    }
}
