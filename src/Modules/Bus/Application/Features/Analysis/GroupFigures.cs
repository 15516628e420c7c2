using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.Bus.Application.Features.Catalogues;
using Samverkan.Bus.Domain.Analysis;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Analysis;

public sealed record CategoryCountDto(string Code, string Name, string Count);

public sealed record PartyCountDto(string PartyKind, string PartyName, string Reported, string Concerned);

/// <summary>SIPs in the group's area from SIP's events: judged needed, first meetings held, and failures reported to BUS.</summary>
public sealed record SipCountsDto(string JudgedNeeded, string FirstMeetingsHeld, string CollaborationFailures);

/// <summary>
/// The counts of one group in a period, computed alike for its local analysis and the county's yearly view: every
/// count of something that may concern a child (deviations, SIPs) goes through SmallCounts ("&lt;5" for 1-4).
/// </summary>
internal sealed record GroupCounts(string DeviationsTotal, IReadOnlyList<CategoryCountDto> ByCategory, IReadOnlyList<PartyCountDto> ByParty, SipCountsDto Sip);

internal static class GroupFigures
{
    /// <summary>Parties that hold no seat and are no represented independent provider.</summary>
    public const string OtherParty = "other";

    public static async Task<GroupCounts> CountAsync(this IBusDbContext db, BusGroup group, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var deviations = await db.Deviations.AsNoTracking()
            .Where(d => d.GroupId == group.Id && d.ReportedOn >= from && d.ReportedOn <= to)
            .Select(d => new { d.CategoryCode, d.ReportingOrganisationId, d.ConcernedOrganisationIds, d.Source })
            .ToListAsync(cancellationToken);
        var categories = await db.NamesAsync(CatalogueEntry.DeviationCategories, cancellationToken);
        var parties = await db.NamesAsync(CatalogueEntry.RequiredParties, cancellationToken);

        var partyOf = new Dictionary<Guid, string>();
        foreach (var seat in group.Seats.Where(s => s.RepresentativeOrganisationId is not null).OrderBy(s => s.PartyKind, StringComparer.Ordinal))
        {
            partyOf.TryAdd(seat.RepresentativeOrganisationId!.Value, seat.PartyKind);
        }

        foreach (var provider in group.IndependentProviders.Where(p => p.Status == IndependentProvider.Represented))
        {
            partyOf.TryAdd(provider.OrganisationId, $"independent-{provider.Kind}");
        }

        string Party(Guid organisation) => partyOf.GetValueOrDefault(organisation, OtherParty);
        var reported = deviations.GroupBy(d => Party(d.ReportingOrganisationId)).ToDictionary(g => g.Key, g => g.Count());
        var concerned = deviations.SelectMany(d => d.ConcernedOrganisationIds.Select(Party).Distinct()).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var byParty = reported.Keys.Union(concerned.Keys).Order(StringComparer.Ordinal)
            .Select(p => new PartyCountDto(p, parties.GetValueOrDefault(p, p), SmallCounts.Show(reported.GetValueOrDefault(p)), SmallCounts.Show(concerned.GetValueOrDefault(p))))
            .ToList();
        var byCategory = deviations.GroupBy(d => d.CategoryCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryCountDto(g.Key, categories.GetValueOrDefault(g.Key, g.Key), SmallCounts.Show(g.Count())))
            .ToList();

        // The group's area changes over time: an event counts for the group that covered its district on its date.
        var districts = group.Coverage.Where(c => c.AreaKind == CoverageArea.District).Select(c => c.AreaCode).Distinct().ToList();
        var sip = (await db.SipActivities.AsNoTracking()
                .Where(a => districts.Contains(a.DistrictCode) && a.On >= from && a.On <= to)
                .ToListAsync(cancellationToken))
            .Where(a => group.CoversDistrictOn(a.DistrictCode, a.On))
            .ToList();
        var counts = new SipCountsDto(
            SmallCounts.Show(sip.Count(a => a.Kind == SipActivity.JudgedNeeded)),
            SmallCounts.Show(sip.Count(a => a.Kind == SipActivity.FirstMeetingHeld)),
            SmallCounts.Show(deviations.Count(d => d.Source == Deviation.FromSip)));
        return new GroupCounts(SmallCounts.Show(deviations.Count), byCategory, byParty, counts);
    }

    /// <summary>The individual cases raised in the group in the period, counts only.</summary>
    public static async Task<CaseCountsDto> CountCasesAsync(this IBusDbContext db, Guid groupId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var cases = await db.IndividualCases.AsNoTracking().Where(c => c.GroupId == groupId && c.RaisedOn >= from && c.RaisedOn <= to)
            .Select(c => new { c.Ground, c.SipPlanId, c.ClosedOn }).ToListAsync(cancellationToken);
        return new CaseCountsDto(
            SmallCounts.Show(cases.Count), SmallCounts.Show(cases.Count(c => c.Ground == IndividualCase.Anonymous)), SmallCounts.Show(cases.Count(c => c.Ground != IndividualCase.Anonymous)),
            SmallCounts.Show(cases.Count(c => c.SipPlanId != null)), SmallCounts.Show(cases.Count(c => c.ClosedOn != null)));
    }
}
