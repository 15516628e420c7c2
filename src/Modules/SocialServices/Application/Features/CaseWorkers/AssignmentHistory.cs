using Microsoft.EntityFrameworkCore;

namespace Samverkan.SocialServices.Application.Features.CaseWorkers;

/// <summary>One assignment of the case: from whom (null for the first), to whom, when and by whom.</summary>
public sealed record CaseAssignmentDto(string? FromUserId, string ToUserId, DateTimeOffset AssignedAt, string AssignedBy);

internal static class AssignmentHistory
{
    public static Task<List<CaseAssignmentDto>> OfAsync(ISocialServicesDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.CaseAssignments.AsNoTracking()
            .Where(a => a.SubjectId == caseId)
            .OrderBy(a => a.AssignedAt).ThenBy(a => a.Id)
            .Select(a => new CaseAssignmentDto(a.FromUserId, a.ToUserId, a.AssignedAt, a.AssignedBy))
            .ToListAsync(cancellationToken);
}
