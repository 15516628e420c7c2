namespace Samverkan.OperativeForums.Domain.Forums;

/// <summary>
/// A person's subscription to a forum's meeting feed from a calendar program, which cannot send a bearer
/// token: the feed's address carries a secret instead. Only the secret's hash is kept, so the table alone
/// cannot be used to read a feed. A subscription lasts a year unless revoked, and serves a feed only while
/// the person's organisation still takes part in the forum.
/// </summary>
public sealed class CalendarSubscription
{
    public const int ValidMonths = 12;

    /// <summary>One address per device a person uses; more than this is no longer devices but a leak or a loop.</summary>
    public const int MaxValidPerPersonAndForum = 10;

    private CalendarSubscription()
    {
    }

    public CalendarSubscription(Guid forumId, string userId, Guid organisationId, byte[] tokenHash, DateTimeOffset createdAt, DateOnly today)
    {
        Id = Guid.NewGuid();
        ForumId = forumId;
        UserId = userId;
        OrganisationId = organisationId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresOn = today.AddMonths(ValidMonths);
    }

    public Guid Id { get; private set; }

    public Guid ForumId { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public Guid OrganisationId { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last day the feed is served.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsValidOn(DateOnly today) => RevokedAt is null && today <= ExpiresOn;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
