using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;

namespace Samverkan.Notifications.Application.Features.Overview;

/// <summary>
/// What a reminder's link opens: the deadline, for the responsible organisation or an administrator. Anyone
/// else gets "not found", so a link passed on tells nothing.
/// </summary>
internal sealed record GetTrackedDeadline(Guid DeadlineId) : IQuery<OverviewDeadlineDto>;

internal sealed class GetTrackedDeadlineHandler(INotificationsDbContext db, ICurrentUser user, IOptions<ReminderRules> rules)
    : IQueryHandler<GetTrackedDeadline, OverviewDeadlineDto>
{
    public async Task<OverviewDeadlineDto> Handle(GetTrackedDeadline query, CancellationToken cancellationToken)
    {
        var d = await db.TrackedDeadlines.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.DeadlineId, cancellationToken);
        if (d is null || (d.ResponsibleOrganisationId != user.OrganisationId && !user.IsInRole(Roles.Administrator)))
        {
            throw new NotFoundException($"There is no deadline {query.DeadlineId} for your organisation.");
        }

        return OverviewDeadlineDto.From(d, rules.Value);
    }
}
