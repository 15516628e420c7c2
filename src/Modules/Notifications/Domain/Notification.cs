namespace Samverkan.Notifications.Domain;

/// <summary>
/// One message in someone's inbox: to a person, or to an organisation (optionally only to one role in it,
/// e.g. its managers). It holds what the recipient may see: a case reference and a link, never a child's name
/// or personal identity number. Written once per deduplication key, however often it is attempted.
/// </summary>
public sealed class Notification
{
    public const int MaxEmailAttempts = 5;

    private Notification()
    {
    }

    public Notification(
        string deduplicationKey, string kind, Guid recipientOrganisationId, string? recipientUserId, string? recipientRole,
        string districtCode, string title, string body, string? link, Guid? deadlineId, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        DeduplicationKey = deduplicationKey;
        Kind = kind;
        RecipientOrganisationId = recipientOrganisationId;
        RecipientUserId = recipientUserId;
        RecipientRole = recipientRole;
        DistrictCode = districtCode;
        Title = title;
        Body = body;
        Link = link;
        DeadlineId = deadlineId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public string DeduplicationKey { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    public Guid RecipientOrganisationId { get; private set; }

    public string? RecipientUserId { get; private set; }

    public string? RecipientRole { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public string? Link { get; private set; }

    public Guid? DeadlineId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public int EmailAttempts { get; private set; }

    public string? LastEmailError { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void Emailed(DateTimeOffset now) => EmailedAt = now;

    public void EmailFailed(string error)
    {
        EmailAttempts++;
        LastEmailError = error.Length <= 500 ? error : error[..500];
    }

    /// <summary>No address is known for the recipient: stop trying, and say why.</summary>
    public void NoEmailAddress()
    {
        EmailAttempts = MaxEmailAttempts;
        LastEmailError = "No e-mail address registered for the recipient.";
    }
}
