using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Idempotency;
using Samverkan.BuildingBlocks.Infrastructure.Modules;
using Samverkan.BuildingBlocks.Infrastructure.Scheduling;
using Samverkan.Notifications.Application;
using Samverkan.Notifications.Application.Features.Email;
using Samverkan.Notifications.Application.Features.Reminders;
using Samverkan.Notifications.Application.Mapping;
using Samverkan.Notifications.Contracts;
using Samverkan.Notifications.Infrastructure.Email;
using Samverkan.Notifications.Infrastructure.Endpoints;
using Samverkan.Notifications.Infrastructure.Persistence;

namespace Samverkan.Notifications.Infrastructure;

/// <summary>All the Host sees of the Notifications module: one registration and one endpoint mapping.</summary>
public static class NotificationsModuleRegistration
{
    public static IServiceCollection AddNotificationsModule(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        var module = new ModuleDescriptor(
            NotificationsModule.Name, NotificationsModule.Schema, typeof(NotificationsDbContext), typeof(NotificationsModule).Assembly, typeof(INotificationsDbContext).Assembly);
        services.AddModule<NotificationsDbContext>(module, connectionString);
        services.AddScoped<INotificationsDbContext>(provider => provider.GetRequiredService<NotificationsDbContext>());
        services.AddSingleton<NotificationsMapping>();
        services.Configure<ReminderRules>(configuration.GetSection(ReminderRules.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.AddScoped<ReminderWriter>();
        services.AddTransient<IEmailSender, SmtpEmailSender>();
        services.AddScheduledCommand<CreateDueReminders>(CreateDueReminders.JobName, CreateDueReminders.DefaultCron);
        services.AddScheduledCommand<SendPendingEmails>(SendPendingEmails.JobName, SendPendingEmails.DefaultCron);
        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/notifications").KeepsIdempotencyKeysIn<NotificationsDbContext>().MapNotificationEndpoints();
        return endpoints;
    }
}
