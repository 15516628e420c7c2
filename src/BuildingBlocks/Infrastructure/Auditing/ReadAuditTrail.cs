using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Auditing;

/// <summary>One line of a module's audit log: who read or changed which subject, when, and why if stated.</summary>
public sealed record AuditTrailEntry(DateTimeOffset OccurredAt, string UserId, Guid? OrganisationId, string SubjectType, Guid SubjectId, string Operation, string? Purpose);

/// <summary>
/// A module's audit log for the regular review the law expects (domain.md, "Audit"): everything done to one
/// subject (a case, a pupil, a meeting), or everything one person did, within Stockholm dates; newest first.
/// </summary>
public sealed record ReadAuditTrail<TDbContext>(
    string? SubjectType, Guid? SubjectId, string? UserId, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<Page<AuditTrailEntry>>, IPagedQuery
    where TDbContext : ModuleDbContext;

internal sealed class ReadAuditTrailValidator<TDbContext> : AbstractValidator<ReadAuditTrail<TDbContext>>
    where TDbContext : ModuleDbContext
{
    public ReadAuditTrailValidator()
    {
        this.ValidatePaging();
        // Reviews ask about someone or something: the whole log of a municipality is not one page away.
        RuleFor(q => q.SubjectId).NotNull().When(q => string.IsNullOrWhiteSpace(q.UserId)).WithMessage("Name a subject (subjectType and subjectId) or a userId.");
        RuleFor(q => q.SubjectType).NotEmpty().When(q => q.SubjectId is not null).WithMessage("A subject is named by its type and id, e.g. case and the case id.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("The last day is on or after the first.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}

internal sealed class ReadAuditTrailHandler<TDbContext>(TDbContext db) : IRequestHandler<ReadAuditTrail<TDbContext>, Page<AuditTrailEntry>>
    where TDbContext : ModuleDbContext
{
    public async Task<Page<AuditTrailEntry>> Handle(ReadAuditTrail<TDbContext> query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.SubjectId is { } subjectId)
        {
            entries = entries.Where(e => e.SubjectType == query.SubjectType && e.SubjectId == subjectId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            entries = entries.Where(e => e.UserId == query.UserId);
        }

        if (query.From is { } from)
        {
            var start = StockholmCalendar.StartOfDay(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = StockholmCalendar.StartOfDay(to.PlusDays(1));
            entries = entries.Where(e => e.OccurredAt < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id)
            .PageOf(query)
            .Select(e => new AuditTrailEntry(e.OccurredAt, e.UserId, e.OrganisationId, e.SubjectType, e.SubjectId, e.Operation, e.Purpose))
            .ToListAsync(cancellationToken);

        // Reading the log is itself logged: who reviewed what is part of the trail.
        db.AddAuditEntry(new AuditRecord("audit-trail", query.SubjectId ?? Guid.Empty, "audit-trail-read", query.UserId is null ? null : "review of one user's actions"));
        await db.SaveChangesAsync(cancellationToken);
        return new Page<AuditTrailEntry>(items, query.Page, query.PageSize, total);
    }
}
