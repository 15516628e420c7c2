namespace Samverkan.SocialServices.Domain.Staff;

/// <summary>
/// One assignment of a case worker to an intake or an investigation, kept for good: who had the case, who has
/// it now, since when and on whose decision. The case's current case worker is on the case itself.
/// </summary>
public sealed class CaseAssignment
{
    private CaseAssignment()
    {
    }

    /// <summary>The <see cref="AssignedBy"/> of a report that joined an open investigation and took its case worker.</summary>
    public const string ByJoiningInvestigation = "joined-investigation";

    public Guid Id { get; private set; }

    /// <summary>"intake" or "investigation".</summary>
    public string SubjectType { get; private set; } = string.Empty;

    public Guid SubjectId { get; private set; }

    public string? FromUserId { get; private set; }

    public string ToUserId { get; private set; } = string.Empty;

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = string.Empty;

    public static CaseAssignment Record(string subjectType, Guid subjectId, string? fromUserId, string toUserId, string assignedBy, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            SubjectType = subjectType,
            SubjectId = subjectId,
            FromUserId = fromUserId,
            ToUserId = toUserId,
            AssignedAt = now,
            AssignedBy = assignedBy,
        };
}
