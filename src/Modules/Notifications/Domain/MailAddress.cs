namespace Samverkan.Notifications.Domain;

/// <summary>Where e-mail for a person or an organisation's functional mailbox goes.</summary>
public sealed class MailAddress
{
    private MailAddress()
    {
    }

    public MailAddress(string recipientKey, string address)
    {
        RecipientKey = recipientKey;
        Address = address;
    }

    public string RecipientKey { get; private set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public static string ForUser(string userId) => $"user:{userId}";

    public static string ForOrganisation(Guid organisationId) => $"organisation:{organisationId}";
}
