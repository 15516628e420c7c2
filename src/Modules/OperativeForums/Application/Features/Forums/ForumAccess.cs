using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Forums;

/// <summary>
/// Who may see and run a forum. Administrators see every district; everyone else sees only the forums of the
/// districts in their token, and a forum elsewhere is "not found" rather than "forbidden", so its existence
/// does not leak. Running a forum (members, meetings, attendance) is for administrators and for managers
/// and coordinators of the forum's district.
/// </summary>
internal static class ForumAccess
{
    /// <summary>Who runs forums, agreements and contact persons; also what the API document says those endpoints require.</summary>
    public static readonly string[] ManagerRoles = [Roles.Administrator, Roles.SocialServicesManager, Roles.Coordinator];

    public static bool SeesAllDistricts(ICurrentUser user) => user.IsInRole(Roles.Administrator);

    public static bool CanSee(ICurrentUser user, string districtCode) => SeesAllDistricts(user) || user.CoversDistrict(districtCode);

    public static void EnsureCanManage(ICurrentUser user, string districtCode)
    {
        if (!CanSee(user, districtCode))
        {
            throw new NotFoundException("No such forum.");
        }

        if (!ManagerRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("Only administrators and the district's social-services managers or coordinators may change this.");
        }
    }

    /// <summary>Loads a forum the caller may see (and, with <paramref name="manage"/>, run), tracked for changes.</summary>
    public static async Task<Forum> LoadAsync(this IOperativeForumsDbContext db, Guid forumId, ICurrentUser user, bool manage, CancellationToken cancellationToken)
    {
        var forum = await db.Forums.SingleOrDefaultAsync(f => f.Id == forumId, cancellationToken);
        if (forum is null || !CanSee(user, forum.DistrictCode))
        {
            throw new NotFoundException($"No forum {forumId}.");
        }

        if (manage)
        {
            EnsureCanManage(user, forum.DistrictCode);
        }

        return forum;
    }

    /// <summary>Loads a meeting of a forum the caller may see (and run); a meeting of another forum is not found.</summary>
    public static async Task<(Forum Forum, Meeting Meeting)> LoadMeetingAsync(
        this IOperativeForumsDbContext db, Guid forumId, Guid meetingId, ICurrentUser user, bool manage, CancellationToken cancellationToken)
    {
        var forum = await db.LoadAsync(forumId, user, manage, cancellationToken);
        var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.ForumId == forumId, cancellationToken)
            ?? throw new NotFoundException($"No meeting {meetingId} in forum {forumId}.");
        return (forum, meeting);
    }
}
