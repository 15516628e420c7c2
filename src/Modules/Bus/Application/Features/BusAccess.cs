using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Bus.Domain.Groups;

namespace Samverkan.Bus.Application.Features;

/// <summary>
/// Who sees a BUS group. A group's data is for its parties: the organisations that hold one of its seats or
/// are represented as an independent provider, and the staff of the districts it covers today. The city's
/// administrators and coordinators see every group (the central view). The county secretariat sees copies
/// and figures only: a group's own data is forbidden to it; to anyone else a group it is no party of is not found.
/// </summary>
internal static class BusAccess
{
    /// <summary>Who sets up groups, their coverage and representation, and configures the catalogues.</summary>
    public static readonly string[] ManagerRoles = [Roles.Administrator, Roles.Coordinator];

    /// <summary>Who handles a deviation on the local path and may release its free text: managers in a party.</summary>
    public static readonly string[] HandlerRoles = [Roles.Administrator, Roles.Coordinator, Roles.SocialServicesManager, Roles.Principal, Roles.SchoolOrganiser];

    /// <summary>Who reads the county's copies and figures.</summary>
    public static readonly string[] CountyRoles = [Roles.BusCountySecretariat, Roles.Administrator];

    public static bool SeesAllGroups(ICurrentUser user) => ManagerRoles.Any(user.IsInRole);

    public static bool IsParty(ICurrentUser user, BusGroup group) =>
        SeesAllGroups(user)
        || group.Seats.Any(s => s.RepresentativeOrganisationId == user.OrganisationId)
        || group.IndependentProviders.Any(p => p.OrganisationId == user.OrganisationId && p.Status == IndependentProvider.Represented)
        || group.CurrentAreas.Any(a => a.Kind == CoverageArea.District && user.CoversDistrict(a.Code));

    public static void EnsureManager(ICurrentUser user)
    {
        if (!SeesAllGroups(user))
        {
            throw new ForbiddenException("Only the city's administrators and coordinators set up BUS groups and their catalogues.");
        }
    }

    public static void EnsureHandler(ICurrentUser user)
    {
        if (!HandlerRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("A deviation is handled by a manager in one of the group's parties.");
        }
    }

    public static void EnsureCounty(ICurrentUser user)
    {
        if (!CountyRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("The county's copies and figures are for the county's BUS secretariat.");
        }
    }

    /// <summary>The county secretariat reads copies and figures, not the groups' own lists.</summary>
    public static void EnsureNotCountyOnly(ICurrentUser user)
    {
        if (user.IsInRole(Roles.BusCountySecretariat) && !SeesAllGroups(user))
        {
            throw new ForbiddenException("The county sees the groups' copies and figures only.");
        }
    }

    /// <summary>Loads a group the caller is a party of (tracked); otherwise 403 for the county, 404 for anyone else.</summary>
    public static async Task<BusGroup> LoadGroupAsync(this IBusDbContext db, Guid groupId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is not null && IsParty(user, group))
        {
            return group;
        }

        if (user.IsInRole(Roles.BusCountySecretariat))
        {
            throw new ForbiddenException("The county sees the groups' copies and figures only.");
        }

        throw new NotFoundException($"No BUS group {groupId}.");
    }
}
