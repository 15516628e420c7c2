using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.BuildingBlocks.Infrastructure.Startup;

namespace Samverkan.Host.Startup;

/// <summary>
/// Applies migrations, then runs the modules' start-up tasks (demo data, when configured), before any other
/// hosted service starts: the relay and the scheduler find the schema in place.
/// </summary>
internal sealed class StartupMigrations(ModuleMigrator migrator, IEnumerable<IStartupTask> tasks, string connectionString) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(connectionString, cancellationToken);
        foreach (var task in tasks)
        {
            await task.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class StartupMigrationsRegistration
{
    public static IServiceCollection AddStartupMigrations(this IServiceCollection services, string connectionString) =>
        services.AddHostedService(provider => new StartupMigrations(
            provider.GetRequiredService<ModuleMigrator>(), provider.GetServices<IStartupTask>(), connectionString));
}
