using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features.Groups;

/// <summary>
/// A district belongs to one local BUS group on any day, so that a deviation from a SIP in that district has
/// one group to go to. A split or a merger ends the old group's coverage (or closes it) first, then the new one starts.
/// </summary>
internal static class DistrictCoverage
{
    public static async Task EnsureNoOtherGroupCoversAsync(this IBusDbContext db, BusGroup group, CancellationToken cancellationToken)
    {
        await db.LockCoverageAsync(cancellationToken);

        // A city has about a dozen groups: their periods are compared in memory.
        var others = await db.Groups.AsNoTracking().Where(g => g.Id != group.Id).ToListAsync(cancellationToken);
        foreach (var mine in group.Coverage.Where(c => c.IsOpen && c.AreaKind == CoverageArea.District))
        {
            var taken = others.SelectMany(g => g.Coverage.Select(c => (Group: g, Period: c)))
                .FirstOrDefault(x => x.Period.AreaKind == CoverageArea.District && x.Period.AreaCode == mine.AreaCode && (x.Period.To is null || x.Period.To > mine.From));
            if (taken.Group is not null)
            {
                throw new BusinessRuleViolationException(
                    "One group per district",
                    $"The district '{mine.AreaCode}' is covered by the group '{taken.Group.Name}' on or after {mine.From:yyyy-MM-dd}; end that coverage first.");
            }
        }
    }
}
