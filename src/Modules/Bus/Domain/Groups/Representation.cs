namespace Samverkan.Bus.Domain.Groups;

/// <summary>
/// A party the county agreement requires in every group (the list is configuration, with its source). The
/// seat exists from the group's creation, so a party nobody represents shows as an empty seat.
/// </summary>
public sealed class Seat
{
    private Seat()
    {
    }

    internal Seat(string partyKind)
    {
        Id = Guid.NewGuid();
        PartyKind = partyKind;
    }

    public Guid Id { get; private set; }

    public string PartyKind { get; private set; } = string.Empty;

    public Guid? RepresentativeOrganisationId { get; private set; }

    /// <summary>The representative's name and function as the group knows them (staff, not a child).</summary>
    public string? RepresentativeName { get; private set; }

    public DateOnly? RepresentedSince { get; private set; }

    public bool IsEmpty => RepresentativeName is null;

    internal void Fill(Guid? organisationId, string? name, DateOnly since)
    {
        RepresentativeOrganisationId = name is null ? null : organisationId;
        RepresentativeName = name;
        RepresentedSince = name is null ? null : since;
    }
}

/// <summary>Where an independent school or preschool stands with the group (seed 003: rarely part of it).</summary>
public sealed class IndependentProvider
{
    public const string Invited = "invited";
    public const string InDialogue = "in-dialogue";
    public const string Represented = "represented";
    public const string Declined = "declined";

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string> { Invited, InDialogue, Represented, Declined };

    public const string School = "school";
    public const string Preschool = "preschool";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { School, Preschool };

    private IndependentProvider()
    {
    }

    internal IndependentProvider(Guid organisationId, string name, string kind)
    {
        Id = Guid.NewGuid();
        OrganisationId = organisationId;
        Name = name;
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Kind { get; private set; } = string.Empty;

    public string Status { get; private set; } = Invited;

    public DateOnly StatusSince { get; private set; }

    internal void Set(string name, string kind, string status, DateOnly since)
    {
        Name = name;
        Kind = kind;
        Status = status;
        StatusSince = since;
    }
}
