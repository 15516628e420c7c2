using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Meetings;

namespace Samverkan.Bus.Application.Features.Meetings;

public sealed record AgendaItemInput(string Title, string? StandingItem);

public sealed record AgendaItemDto(int Order, string Title, string? StandingItem);

public sealed record AgendaTemplateDto(
    Guid Id, Guid? GroupId, int Version, Guid? AdaptedFrom, string Source, DateOnly CreatedOn, IReadOnlyList<AgendaItemDto> Items, int UsedInMeetings);

/// <summary>A new version of the common agenda template (the city's or BUSSAM's decision); earlier versions stay as they were.</summary>
internal sealed record CreateCommonTemplateVersion(string Source, IReadOnlyList<AgendaItemInput> Items) : ICommand<Guid>;

/// <summary>The group adapts a template version (the common one or its own) into the next version of its own line.</summary>
internal sealed record AdaptTemplate(Guid GroupId, Guid AdaptedFrom, string Source, IReadOnlyList<AgendaItemInput> Items) : ICommand<Guid>;

/// <summary>The common template's versions, newest first, with how many meetings used each.</summary>
internal sealed record ListCommonTemplates : IQuery<IReadOnlyList<AgendaTemplateDto>>;

/// <summary>The group's own template versions, newest first, with how many of its meetings used each.</summary>
internal sealed record ListGroupTemplates(Guid GroupId) : IQuery<IReadOnlyList<AgendaTemplateDto>>;

internal sealed class CreateCommonTemplateVersionHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<CreateCommonTemplateVersion, Guid>
{
    public async Task<Guid> Handle(CreateCommonTemplateVersion command, CancellationToken cancellationToken)
    {
        BusAccess.EnsureManager(user);
        var items = await db.AgendaItemsAsync(command.Items, cancellationToken);
        var last = await db.AgendaTemplates.Where(t => t.GroupId == null).MaxAsync(t => (int?)t.VersionNumber, cancellationToken) ?? 0;
        var template = new AgendaTemplate(null, last + 1, null, command.Source.Trim(), StockholmCalendar.Today(time), items);
        db.AgendaTemplates.Add(template);
        return template.Id;
    }
}

internal sealed class AdaptTemplateHandler(IBusDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<AdaptTemplate, Guid>
{
    public async Task<Guid> Handle(AdaptTemplate command, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(command.GroupId, user, cancellationToken);
        BusAccess.EnsureHandler(user);
        if (!await db.AgendaTemplates.AnyAsync(t => t.Id == command.AdaptedFrom && (t.GroupId == null || t.GroupId == group.Id), cancellationToken))
        {
            throw new NotFoundException($"No agenda template {command.AdaptedFrom} for the group to adapt.");
        }

        var items = await db.AgendaItemsAsync(command.Items, cancellationToken);
        var last = await db.AgendaTemplates.Where(t => t.GroupId == group.Id).MaxAsync(t => (int?)t.VersionNumber, cancellationToken) ?? 0;
        var template = new AgendaTemplate(group.Id, last + 1, command.AdaptedFrom, command.Source.Trim(), StockholmCalendar.Today(time), items);
        db.AgendaTemplates.Add(template);
        return template.Id;
    }
}

internal sealed class ListCommonTemplatesHandler(IBusDbContext db) : IQueryHandler<ListCommonTemplates, IReadOnlyList<AgendaTemplateDto>>
{
    public async Task<IReadOnlyList<AgendaTemplateDto>> Handle(ListCommonTemplates query, CancellationToken cancellationToken) =>
        await db.TemplatesAsync(null, cancellationToken);
}

internal sealed class ListGroupTemplatesHandler(IBusDbContext db, ICurrentUser user) : IQueryHandler<ListGroupTemplates, IReadOnlyList<AgendaTemplateDto>>
{
    public async Task<IReadOnlyList<AgendaTemplateDto>> Handle(ListGroupTemplates query, CancellationToken cancellationToken)
    {
        var group = await db.LoadGroupAsync(query.GroupId, user, cancellationToken);
        return await db.TemplatesAsync(group.Id, cancellationToken);
    }
}

internal static class AgendaTemplateReading
{
    public static async Task<IReadOnlyList<AgendaTemplateDto>> TemplatesAsync(this IBusDbContext db, Guid? groupId, CancellationToken cancellationToken)
    {
        var templates = await db.AgendaTemplates.AsNoTracking().Where(t => t.GroupId == groupId).OrderByDescending(t => t.VersionNumber).ToListAsync(cancellationToken);
        var ids = templates.Select(t => t.Id).ToList();
        var uses = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.TemplateId)).GroupBy(m => m.TemplateId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. templates.Select(t => new AgendaTemplateDto(
            t.Id, t.GroupId, t.VersionNumber, t.AdaptedFrom, t.Source, t.CreatedOn,
            [.. t.Items.OrderBy(i => i.Order).Select(i => new AgendaItemDto(i.Order, i.Title, i.StandingItem))], uses.GetValueOrDefault(t.Id)))];
    }

    /// <summary>The items in order; a standing item must be in the duty list (catalogue standing-items) and takes its name when no title is given.</summary>
    public static async Task<IReadOnlyList<AgendaItem>> AgendaItemsAsync(this IBusDbContext db, IReadOnlyList<AgendaItemInput> items, CancellationToken cancellationToken)
    {
        var duties = await db.NamesAsync(CatalogueEntry.StandingItems, cancellationToken);
        return [.. items.Select((item, n) =>
        {
            var standing = string.IsNullOrWhiteSpace(item.StandingItem) ? null : item.StandingItem.Trim();
            if (standing is not null && !duties.ContainsKey(standing))
            {
                throw new BusinessRuleViolationException("Known standing item", $"'{standing}' is not a standing item (catalogue {CatalogueEntry.StandingItems}).");
            }

            var title = string.IsNullOrWhiteSpace(item.Title) ? standing is null ? string.Empty : duties[standing] : item.Title.Trim();
            if (title.Length == 0)
            {
                throw new BusinessRuleViolationException("Item title", "An item of one's own has a title.");
            }

            return new AgendaItem(n + 1, title, standing);
        })];
    }
}

internal static class AgendaItemRules
{
    /// <summary>A meeting's agenda fits on a page.</summary>
    public const int MaxItems = 30;

    public static void ItemRules(InlineValidator<AgendaItemInput> item)
    {
        item.RuleFor(i => i.Title).MaximumLength(InputBounds.ShortText);
        item.RuleFor(i => i.StandingItem).MaximumLength(InputBounds.Code);
    }
}

internal sealed class CreateCommonTemplateVersionValidator : AbstractValidator<CreateCommonTemplateVersion>
{
    public CreateCommonTemplateVersionValidator()
    {
        RuleFor(c => c.Source).NotEmpty().MaximumLength(InputBounds.Line);
        RuleFor(c => c.Items).NotEmpty().Must(i => i is null || i.Count <= AgendaItemRules.MaxItems).WithMessage($"An agenda has at most {AgendaItemRules.MaxItems} items.");
        RuleForEach(c => c.Items).ChildRules(AgendaItemRules.ItemRules);
    }
}

internal sealed class AdaptTemplateValidator : AbstractValidator<AdaptTemplate>
{
    public AdaptTemplateValidator()
    {
        RuleFor(c => c.Source).NotEmpty().MaximumLength(InputBounds.Line);
        RuleFor(c => c.Items).NotEmpty().Must(i => i is null || i.Count <= AgendaItemRules.MaxItems).WithMessage($"An agenda has at most {AgendaItemRules.MaxItems} items.");
        RuleForEach(c => c.Items).ChildRules(AgendaItemRules.ItemRules);
    }
}
