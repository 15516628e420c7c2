using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using Samverkan.Notifications.Application.Features.Email;

namespace Samverkan.Notifications.Infrastructure.Email;

/// <summary>Configuration section "Notifications:Smtp".</summary>
public sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "samverkan@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// Plain SMTP through the framework's client (MailKit is not in the registry here). One connection per mail:
/// reminders are few per minute, and a fresh connection survives a restarted mail server.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.EnableSsl };
        if (settings.UserName is not null)
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        using var message = new MailMessage(settings.From, to, subject, body) { BodyEncoding = System.Text.Encoding.UTF8, SubjectEncoding = System.Text.Encoding.UTF8 };
        await client.SendMailAsync(message, cancellationToken);
    }
}
