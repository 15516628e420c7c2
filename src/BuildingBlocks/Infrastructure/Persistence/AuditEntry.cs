namespace Samverkan.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Who read or changed which subject's data, when, as which organisation, and why.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public required string UserId { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string SubjectType { get; set; }
    public Guid SubjectId { get; set; }
    public required string Operation { get; set; }
    public string? Purpose { get; set; }
}
