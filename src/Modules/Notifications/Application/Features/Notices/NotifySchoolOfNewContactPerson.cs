using System.Globalization;
using Samverkan.BuildingBlocks.Application.Integration;
using Samverkan.Notifications.Domain;
using Samverkan.OperativeForums.Contracts;

namespace Samverkan.Notifications.Application.Features.Notices;

/// <summary>
/// Seed 004: a school must always know whom in social services to call. When its contact person changes,
/// everyone at the school finds the new name in their inbox (a staff member's name, no child's data).
/// </summary>
internal sealed class NotifySchoolOfNewContactPerson(INotificationsDbContext db, TimeProvider time)
    : IIntegrationEventHandler<SchoolContactPersonChanged>
{
    public async Task Handle(SchoolContactPersonChanged integrationEvent, CancellationToken cancellationToken)
    {
        var from = integrationEvent.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await db.AddOnceAsync(
            new Notification(
                $"contact-person:{integrationEvent.EventId:N}",
                "contact-person-changed",
                integrationEvent.SchoolId,
                recipientUserId: null,
                recipientRole: null,
                integrationEvent.DistrictCode,
                "Ny kontaktperson i socialtjänsten",
                $"Från {from} är {integrationEvent.ContactName} skolans kontaktperson i socialtjänsten.",
                link: null,
                deadlineId: null,
                time.GetUtcNow()),
            cancellationToken);
    }
}
