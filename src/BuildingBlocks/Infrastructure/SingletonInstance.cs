using Microsoft.Extensions.DependencyInjection;

namespace Samverkan.BuildingBlocks.Infrastructure;

internal static class SingletonInstance
{
    /// <summary>
    /// The one instance of a catalogue that registrations add to while the container is being described (the
    /// modules, the scheduled commands): registered as a singleton the first time it is asked for.
    /// </summary>
    public static T GetOrAdd<T>(IServiceCollection services)
        where T : class, new()
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(T))?.ImplementationInstance is T existing)
        {
            return existing;
        }

        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
