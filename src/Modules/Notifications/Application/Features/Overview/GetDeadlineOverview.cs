using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Notifications.Domain;

namespace Samverkan.Notifications.Application.Features.Overview;

/// <summary>A deadline as a manager sees it: the case by id only; the next working day as information.</summary>
public sealed record OverviewDeadlineDto(
    Guid DeadlineId, string Module, string Kind, string Label, Guid SubjectId, Guid ResponsibleOrganisationId,
    DateOnly DueDate, DateOnly NextWorkingDay, string RuleReference, string Status)
{
    internal static OverviewDeadlineDto From(TrackedDeadline d, ReminderRules rules) => new(
        d.Id, d.Module, d.Kind, rules.LabelOf(d.Kind), d.SubjectId, d.ResponsibleOrganisationId,
        d.DueDate, SwedishWorkingDays.NextWorkingDayFrom(d.DueDate), d.RuleReference, d.Status.ToString());
}

public sealed record KindPunctualityDto(string Kind, string Label, int MetOnTime, int Decided, decimal? ShareOnTime);

public sealed record DeadlineOverviewDto(
    string DistrictCode, Guid? OrganisationId, DateOnly Today, DateOnly WeekStarts, DateOnly WeekEnds,
    IReadOnlyList<OverviewDeadlineDto> DueThisWeek, IReadOnlyList<OverviewDeadlineDto> Overdue, IReadOnlyList<KindPunctualityDto> OnTimeByKind);

/// <summary>
/// For managers: a district's (or one organisation's) deadlines due this week and overdue now, and per kind
/// the share met on time. Subjects appear as case ids only. The week is Monday to Sunday, in Stockholm.
/// </summary>
internal sealed record GetDeadlineOverview(string DistrictCode, Guid? OrganisationId) : IQuery<DeadlineOverviewDto>;

internal sealed class GetDeadlineOverviewValidator : AbstractValidator<GetDeadlineOverview>
{
    public GetDeadlineOverviewValidator() => RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
}

internal sealed class GetDeadlineOverviewHandler(INotificationsDbContext db, ICurrentUser user, IOptions<ReminderRules> rules, TimeProvider time)
    : IQueryHandler<GetDeadlineOverview, DeadlineOverviewDto>
{
    /// <summary>Who may read the overview; also what the API document says the endpoint requires.</summary>
    public static readonly string[] ManagerRoles = [Roles.SocialServicesManager, Roles.Principal, Roles.Coordinator, Roles.Administrator];

    public async Task<DeadlineOverviewDto> Handle(GetDeadlineOverview query, CancellationToken cancellationToken)
    {
        if (!ManagerRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("The deadline overview is for managers, principals, coordinators and administrators.");
        }

        if (!user.IsInRole(Roles.Administrator) && !user.CoversDistrict(query.DistrictCode))
        {
            throw new ForbiddenException($"You do not work in district '{query.DistrictCode}'.");
        }

        var today = StockholmCalendar.Today(time);
        var weekStarts = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekEnds = weekStarts.AddDays(6);
        // Which cases social services has is itself confidential (OSL 26 kap.): only its managers and
        // administrators see the whole district; a principal or coordinator sees their own organisation's.
        var organisationId = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.SocialServicesManager)
            ? query.OrganisationId
            : user.OrganisationId;
        var scope = db.TrackedDeadlines.AsNoTracking().Where(d => d.DistrictCode == query.DistrictCode);
        if (organisationId is { } organisation)
        {
            scope = scope.Where(d => d.ResponsibleOrganisationId == organisation);
        }

        var dueThisWeek = await scope
            .Where(d => d.Status == TrackedDeadlineStatus.Open && d.DueDate >= today && d.DueDate <= weekEnds)
            .OrderBy(d => d.DueDate).ToListAsync(cancellationToken);
        var overdue = await scope
            // Breached implies past its due date (only an extension moves the date, and it reopens the deadline), so
            // both statuses read as a range of the running index, not the district's whole year ahead.
            .Where(d => d.DueDate < today && (d.Status == TrackedDeadlineStatus.Open || d.Status == TrackedDeadlineStatus.Breached))
            .OrderBy(d => d.DueDate).ToListAsync(cancellationToken);
        // Counted by the database as deadlines are decided, so this reads a few rows, not a district's history.
        var counts = db.Punctuality.AsNoTracking().Where(p => p.DistrictCode == query.DistrictCode);
        if (organisationId is { } countedOrganisation)
        {
            counts = counts.Where(p => p.ResponsibleOrganisationId == countedOrganisation);
        }

        var punctuality = await counts
            .GroupBy(p => p.Kind)
            .Select(g => new { Kind = g.Key, OnTime = g.Sum(p => p.MetOnTime), Decided = g.Sum(p => p.Decided) })
            .Where(g => g.Decided > 0)
            .OrderBy(g => g.Kind)
            .ToListAsync(cancellationToken);

        return new DeadlineOverviewDto(
            query.DistrictCode, organisationId, today, weekStarts, weekEnds,
            dueThisWeek.Select(ToDto).ToList(),
            overdue.Select(ToDto).ToList(),
            punctuality.Select(p => new KindPunctualityDto(p.Kind, rules.Value.LabelOf(p.Kind), p.OnTime, p.Decided, Math.Round((decimal)p.OnTime / p.Decided, 3))).ToList());
    }

    private OverviewDeadlineDto ToDto(TrackedDeadline d) => OverviewDeadlineDto.From(d, rules.Value);
}
