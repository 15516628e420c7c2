using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Governance;

internal static class DocumentLoading
{
    /// <summary>A governing document of a group the caller is a party of (tracked), or 404 (403 for the county).</summary>
    public static async Task<(BusGroup Group, GoverningDocument Document)> LoadDocumentAsync(
        this IBusDbContext db, Guid groupId, Guid documentId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(groupId, user, cancellationToken);
        var document = await db.GoverningDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException($"No governing document {documentId} in the group.");
        return (group, document);
    }
}
