namespace Samverkan.Notifications.Application.Features.Email;

/// <summary>Sends one plain-text e-mail (SMTP in Infrastructure).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}
