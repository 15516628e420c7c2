using System.Linq.Expressions;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Inbox;

/// <summary>
/// Whose inbox a notification is in: the person it names, or, when it names no person, everyone in its
/// organisation (or only those in the role it names, e.g. the managers an escalation goes to).
/// </summary>
internal static class NotificationVisibility
{
    public static Expression<Func<Notification, bool>> VisibleTo(ICurrentUser user)
    {
        var userId = user.UserId;
        var organisation = user.OrganisationId;
        var roles = user.Roles.ToList();
        return n => n.RecipientUserId == userId
            || (n.RecipientUserId == null && n.RecipientOrganisationId == organisation && (n.RecipientRole == null || roles.Contains(n.RecipientRole)));
    }

    /// <summary>The part of <see cref="VisibleTo"/> addressed to the user by name.</summary>
    public static Expression<Func<Notification, bool>> Personal(ICurrentUser user)
    {
        var userId = user.UserId;
        return n => n.RecipientUserId == userId;
    }

    /// <summary>The part of <see cref="VisibleTo"/> addressed to the user's organisation (or a role in it).</summary>
    public static Expression<Func<Notification, bool>> Shared(ICurrentUser user)
    {
        var organisation = user.OrganisationId;
        var roles = user.Roles.ToList();
        return n => n.RecipientUserId == null && n.RecipientOrganisationId == organisation && (n.RecipientRole == null || roles.Contains(n.RecipientRole));
    }
}
