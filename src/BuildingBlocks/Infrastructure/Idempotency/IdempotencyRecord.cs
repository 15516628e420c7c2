namespace Samverkan.BuildingBlocks.Infrastructure.Idempotency;

/// <summary>
/// The first answer to a request sent with an Idempotency-Key, kept so a retry gets the same answer. Lives in
/// the owning module's schema and commits with the module's data, so a stored answer always describes work
/// that was committed. The body can hold personal data: it is never logged, and purged when the key expires.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string UserId { get; set; }
    public required string Key { get; set; }

    /// <summary>SHA-256 (hex) of method, path with query, and body: the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public required byte[] Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
