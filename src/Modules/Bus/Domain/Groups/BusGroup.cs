using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Bus.Domain.Groups;

/// <summary>
/// A local BUS group and what it covers over time (docs/adr/0017). Groups are created, change coverage,
/// split and close (seed 000: 10 then 11 groups); none of it rewrites an earlier period.
/// </summary>
public sealed class BusGroup : AggregateRoot
{
    private readonly List<CoveragePeriod> _coverage = [];
    private readonly List<Seat> _seats = [];
    private readonly List<IndependentProvider> _independentProviders = [];

    private BusGroup()
    {
    }

    public BusGroup(Guid id, string name, DateOnly startsOn, IReadOnlyCollection<CoverageArea> areas, IReadOnlyCollection<string> requiredParties, Guid? splitFrom = null)
    {
        if (areas.Count == 0)
        {
            throw new BusinessRuleViolationException("Coverage", "A BUS group covers at least one area.");
        }

        Id = id;
        Name = name;
        StartsOn = startsOn;
        SplitFrom = splitFrom;
        _coverage.AddRange(areas.Distinct().Select(a => new CoveragePeriod(a, startsOn)));
        _seats.AddRange(requiredParties.Distinct().Select(p => new Seat(p)));
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public DateOnly StartsOn { get; private set; }

    /// <summary>The first day the group no longer exists; null while it does.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The group this one was split from, if any.</summary>
    public Guid? SplitFrom { get; private set; }

    public IReadOnlyList<CoveragePeriod> Coverage => _coverage;

    public IReadOnlyList<Seat> Seats => _seats;

    public IReadOnlyList<IndependentProvider> IndependentProviders => _independentProviders;

    public IEnumerable<CoverageArea> CurrentAreas => _coverage.Where(c => c.IsOpen).Select(c => c.Area);

    /// <summary>Whether the group covered the district on the date (an earlier period counts for an earlier date).</summary>
    public bool CoversDistrictOn(string districtCode, DateOnly date) =>
        _coverage.Any(c => c.AreaKind == CoverageArea.District && c.AreaCode == districtCode && c.CoversOn(date));

    /// <summary>Whether the group existed on the date (from its start until the day it closed).</summary>
    public bool ExistsOn(DateOnly date) => StartsOn <= date && (ClosedOn is null || date < ClosedOn);

    /// <summary>The last date coverage changed: a new change may not start before it (that would rewrite history).</summary>
    public DateOnly LastChangedOn => _coverage.Select(c => c.To ?? c.From).Append(StartsOn).Max();

    /// <summary>From <paramref name="from"/> the group covers exactly <paramref name="areas"/>; earlier periods stay as they were.</summary>
    public void ChangeCoverage(DateOnly from, IReadOnlyCollection<CoverageArea> areas)
    {
        EnsureOpen();
        if (areas.Count == 0)
        {
            throw new BusinessRuleViolationException("Coverage", "A BUS group covers at least one area; close it instead.");
        }

        EnsureNotBeforeLastChange(from);
        var wanted = areas.Distinct().ToHashSet();
        foreach (var period in _coverage.Where(c => c.IsOpen && !wanted.Contains(c.Area)))
        {
            period.End(from);
        }

        var kept = CurrentAreas.ToHashSet();
        _coverage.AddRange(wanted.Where(a => !kept.Contains(a)).Select(a => new CoveragePeriod(a, from)));
    }

    public void Close(DateOnly on)
    {
        EnsureOpen();
        EnsureNotBeforeLastChange(on);
        foreach (var period in _coverage.Where(c => c.IsOpen))
        {
            period.End(on);
        }

        ClosedOn = on;
    }

    public void Represent(string partyKind, Guid? organisationId, string? representativeName, DateOnly since)
    {
        EnsureOpen();
        var seat = _seats.SingleOrDefault(s => s.PartyKind == partyKind)
            ?? throw new BusinessRuleViolationException("Required party", $"The group has no seat for '{partyKind}'.");
        seat.Fill(organisationId, representativeName, since);
    }

    public void TrackIndependentProvider(Guid organisationId, string name, string kind, string status, DateOnly since)
    {
        EnsureOpen();
        if (!IndependentProvider.Statuses.Contains(status))
        {
            throw new BusinessRuleViolationException("Status", $"'{status}' is not one of {string.Join(", ", IndependentProvider.Statuses)}.");
        }

        if (!IndependentProvider.Kinds.Contains(kind))
        {
            throw new BusinessRuleViolationException("Kind", $"'{kind}' is not one of {string.Join(", ", IndependentProvider.Kinds)}.");
        }

        var provider = _independentProviders.SingleOrDefault(p => p.OrganisationId == organisationId);
        if (provider is null)
        {
            provider = new IndependentProvider(organisationId, name, kind);
            _independentProviders.Add(provider);
        }

        provider.Set(name, kind, status, since);
    }

    private void EnsureOpen()
    {
        if (ClosedOn is not null)
        {
            throw new BusinessRuleViolationException("Group open", $"The group was closed on {ClosedOn:yyyy-MM-dd}.");
        }
    }

    private void EnsureNotBeforeLastChange(DateOnly date)
    {
        if (date <= LastChangedOn)
        {
            throw new BusinessRuleViolationException(
                "Change after the last one", $"A change takes effect after the last change ({LastChangedOn:yyyy-MM-dd}); earlier periods are not rewritten.");
        }
    }
}
