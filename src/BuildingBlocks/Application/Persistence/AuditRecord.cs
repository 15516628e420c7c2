namespace Samverkan.BuildingBlocks.Application.Persistence;

/// <summary>
/// One read or write of a child's or a case's data. It names the subject by id only: the audit log is read
/// by reviewers who may not see the child's identity.
/// </summary>
public sealed record AuditRecord(string SubjectType, Guid SubjectId, string Operation, string? Purpose = null);
