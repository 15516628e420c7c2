using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Email;

/// <summary>
/// Sent by the scheduler every minute: e-mails notifications not yet e-mailed, to the person's address or the
/// organisation's functional mailbox. The mail holds the title, a case reference and a link, as the inbox
/// does: nothing the recipient may not see, and never a child's name or personal identity number.
/// </summary>
public sealed record SendPendingEmails : ICommand<Unit>
{
    public const string JobName = "send-notification-emails";
    public const string DefaultCron = "* * * * *";
}

internal sealed class SendPendingEmailsHandler(INotificationsDbContext db, IServiceScopeFactory scopes, IEmailSender sender, TimeProvider time)
    : ICommandHandler<SendPendingEmails, Unit>
{
    private const int BatchSize = 100;

    public async Task<Unit> Handle(SendPendingEmails command, CancellationToken cancellationToken)
    {
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailedAt == null && n.EmailAttempts < Notification.MaxEmailAttempts)
            .OrderBy(n => n.CreatedAt)
            .Select(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            await SendOneAsync(id, cancellationToken);
        }

        return Unit.Value;
    }

    // Each mail is marked sent in its own commit, right after it is sent: a stop half-way through the batch
    // then re-sends at most the one mail in flight, not the ones before it.
    private async Task SendOneAsync(Guid notificationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var own = scope.ServiceProvider.GetRequiredService<INotificationsDbContext>();
        var notification = await own.Notifications.SingleAsync(n => n.Id == notificationId, cancellationToken);
        var key = notification.RecipientUserId is { } userId
            ? MailAddress.ForUser(userId)
            : MailAddress.ForOrganisation(notification.RecipientOrganisationId);
        var address = await own.MailAddresses.Where(a => a.RecipientKey == key).Select(a => a.Address).SingleOrDefaultAsync(cancellationToken);
        if (address is null)
        {
            notification.NoEmailAddress();
        }
        else
        {
            try
            {
                var body = notification.Link is null ? notification.Body : $"{notification.Body}\r\n\r\n{notification.Link}";
                await sender.SendAsync(address, $"Samverkan: {notification.Title}", body, cancellationToken);
                notification.Emailed(time.GetUtcNow());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The server may be down for a while: the mail is tried again on the next runs, then given up on.
                notification.EmailFailed($"{exception.GetType().Name}: {exception.Message}");
            }
        }

        await own.SaveChangesAsync(cancellationToken);
    }
}
