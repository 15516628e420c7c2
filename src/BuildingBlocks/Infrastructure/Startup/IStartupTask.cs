namespace Samverkan.BuildingBlocks.Infrastructure.Startup;

/// <summary>Work a module does once at start-up, after migrations (for example, demo data in Development).</summary>
public interface IStartupTask
{
    Task RunAsync(CancellationToken cancellationToken);
}
