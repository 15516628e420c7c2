using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Domain.Meetings;

/// <summary>
/// One version of an agenda template (issue 15: the common template since autumn 2023). The common template's
/// versions have no group; a group adapts a version into its own line of versions. A version never changes: a
/// new one is made instead, and a meeting records the version it was held from.
/// </summary>
public sealed class AgendaTemplate : AggregateRoot
{
    private readonly List<AgendaItem> _items = [];

    private AgendaTemplate()
    {
    }

    public AgendaTemplate(Guid? groupId, int version, Guid? adaptedFrom, string source, DateOnly createdOn, IReadOnlyList<AgendaItem> items)
    {
        if (items.Count == 0)
        {
            throw new BusinessRuleViolationException("Items", "An agenda template has at least one item.");
        }

        if (items.Any(i => FreeText.HasPersonalIdentityNumber(i.Title)))
        {
            throw new BusinessRuleViolationException("No personnummer", "An agenda is about organisations: remove the personnummer.");
        }

        var standing = items.Where(i => i.StandingItem is not null).Select(i => i.StandingItem).ToList();
        if (standing.Distinct().Count() != standing.Count)
        {
            throw new BusinessRuleViolationException("Standing item once", "A standing item appears once in an agenda.");
        }

        Id = Guid.NewGuid();
        GroupId = groupId;
        VersionNumber = version;
        AdaptedFrom = adaptedFrom;
        Source = source;
        CreatedOn = createdOn;
        _items.AddRange(items.Select((i, n) => new AgendaItem(n + 1, i.Title, i.StandingItem)));
    }

    public Guid Id { get; private set; }

    /// <summary>The group whose adaptation this is; null for the common template.</summary>
    public Guid? GroupId { get; private set; }

    /// <summary>1, 2, … within the common template or within the group's own line.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The template version this one was adapted from.</summary>
    public Guid? AdaptedFrom { get; private set; }

    /// <summary>Who decided this version (BUSSAM, the city, the group).</summary>
    public string Source { get; private set; } = string.Empty;

    public DateOnly CreatedOn { get; private set; }

    public IReadOnlyList<AgendaItem> Items => _items;
}

/// <summary>An item of an agenda: a standing item from the duty list (catalogue standing-items) or one of the group's own.</summary>
public sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    public AgendaItem(int order, string title, string? standingItem)
    {
        Id = Guid.NewGuid();
        Order = order;
        Title = title;
        StandingItem = standingItem;
    }

    public Guid Id { get; private set; }

    public int Order { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The duty this item follows up (obstacles, organisation-changes, deviations, statistics, …); null for an own item.</summary>
    public string? StandingItem { get; private set; }
}
