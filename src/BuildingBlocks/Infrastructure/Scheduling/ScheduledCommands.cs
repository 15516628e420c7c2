using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.BuildingBlocks.Infrastructure.Scheduling;

/// <summary>
/// A command the scheduler sends on a cron schedule (Europe/Stockholm), under a stable job name. The cron is
/// Cronos syntax, as Hangfire reads it: five fields (minute hour day month weekday), or six with seconds first.
/// </summary>
public sealed record ScheduledCommand(string JobName, Type CommandType, string DefaultCron);

/// <summary>Every scheduled command the modules declared; the scheduler turns each into a Hangfire recurring job.</summary>
public sealed class ScheduledCommands
{
    private readonly List<ScheduledCommand> _commands = [];

    public IReadOnlyList<ScheduledCommand> All => _commands;

    /// <summary>The command declared under a job name; null for a name no module declares (any more).</summary>
    public ScheduledCommand? Find(string jobName) => _commands.FirstOrDefault(c => c.JobName == jobName);

    internal void Add(ScheduledCommand command)
    {
        if (_commands.Any(c => c.JobName == command.JobName))
        {
            throw new InvalidOperationException($"The scheduled job {command.JobName} is declared twice.");
        }

        _commands.Add(command);
    }
}

public static class ScheduledCommandRegistration
{
    /// <summary>
    /// Declares that the scheduler sends a new <typeparamref name="TCommand"/> on the given cron schedule. The
    /// job only sends the command: what it does, its transaction and its rules live in the command's handler.
    /// </summary>
    public static IServiceCollection AddScheduledCommand<TCommand>(this IServiceCollection services, string jobName, string defaultCron)
        where TCommand : IRequest<Unit>, new()
    {
        Catalogue(services).Add(new ScheduledCommand(jobName, typeof(TCommand), defaultCron));
        return services;
    }

    internal static ScheduledCommands Catalogue(IServiceCollection services) => SingletonInstance.GetOrAdd<ScheduledCommands>(services);
}
