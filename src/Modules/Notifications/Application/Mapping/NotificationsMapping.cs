using Mapster;
using Samverkan.Notifications.Application.Features.Inbox;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Mapping;

/// <summary>
/// The module's entity-to-DTO maps, built once and registered as a singleton of this type. Only the pairs
/// named here map, and every DTO member must have a source. Deadline overviews stay explicit code: their
/// labels and next working days are rules, not copies.
/// </summary>
internal sealed class NotificationsMapping
{
    public TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.NewConfig<Notification, NotificationDto>();
        return config;
    }
}
