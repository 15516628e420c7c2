using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.Bus.Application.Features.Governance;

/// <summary>The group's governing documents, newest period first, for its parties.</summary>
internal sealed record ListGoverningDocuments(Guid GroupId) : IQuery<IReadOnlyList<GoverningDocumentDto>>;

internal sealed record GetGoverningDocument(Guid GroupId, Guid DocumentId) : IQuery<GoverningDocumentDto>;

internal sealed class ListGoverningDocumentsHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<ListGoverningDocuments, IReadOnlyList<GoverningDocumentDto>>
{
    public async Task<IReadOnlyList<GoverningDocumentDto>> Handle(ListGoverningDocuments query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        var today = StockholmCalendar.Today(time);
        var documents = await db.GoverningDocuments.AsNoTracking().Where(d => d.GroupId == group.Id).OrderByDescending(d => d.PeriodFrom).ToListAsync(cancellationToken);
        return [.. documents.Select(d => d.ToDto(today))];
    }
}

internal sealed class GetGoverningDocumentHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : IQueryHandler<GetGoverningDocument, GoverningDocumentDto>
{
    public async Task<GoverningDocumentDto> Handle(GetGoverningDocument query, CancellationToken cancellationToken)
    {
        var (_, document) = await db.LoadDocumentAsync(query.GroupId, query.DocumentId, user, cancellationToken);
        return document.ToDto(StockholmCalendar.Today(time));
    }
}
