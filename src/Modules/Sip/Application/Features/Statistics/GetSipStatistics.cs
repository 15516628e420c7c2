using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Statistics;

/// <summary>Counts per proposing organisation kind (is preschool or school proposing?) and sex.</summary>
public sealed record SipStatisticsRow(string ProposedByKind, [property: Samverkan.BuildingBlocks.Application.Documentation.ValuesOf(typeof(ChildSexes))] string Sex, string Proposed, string JudgedNeeded, string Agreed);

public sealed record SipStatisticsDto(string DistrictCode, DateOnly From, DateOnly To, string Proposed, string JudgedNeeded, string Agreed, IReadOnlyList<SipStatisticsRow> Breakdown);

internal sealed record GetSipStatistics(string DistrictCode, DateOnly From, DateOnly To) : IQuery<SipStatisticsDto>;

/// <summary>
/// SIPs proposed in a district over a period, how many were judged needed and agreed, split by the proposer's
/// organisation kind and the child's sex. Only counts leave, those from 1 to 4 as "&lt;5", so no child can be recognised.
/// </summary>
internal sealed class GetSipStatisticsHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetSipStatistics, SipStatisticsDto>
{
    public static readonly string[] ReaderRoles = [Roles.SocialWorker, Roles.SocialServicesManager, Roles.Coordinator];

    public async Task<SipStatisticsDto> Handle(GetSipStatistics query, CancellationToken cancellationToken)
    {
        if (!ReaderRoles.Any(user.IsInRole) || !user.CoversDistrict(query.DistrictCode))
        {
            throw new ForbiddenException("SIP statistics of a district are for its social services and coordinators.");
        }

        var from = StockholmCalendar.StartOfDay(query.From);
        var to = StockholmCalendar.StartOfDay(query.To.AddDays(1));
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.DistrictCode == query.DistrictCode && p.ProposedAt >= from && p.ProposedAt < to)
            .Select(p => new { p.ProposedByKind, p.ChildSex, Needed = p.ConvenerOrganisationId != null, Agreed = p.AgreedVersions > 0 })
            .ToListAsync(cancellationToken);
        var rows = plans
            .GroupBy(p => (p.ProposedByKind, p.ChildSex))
            .OrderBy(g => g.Key.ProposedByKind).ThenBy(g => g.Key.ChildSex)
            .Select(g => new SipStatisticsRow(
                g.Key.ProposedByKind, g.Key.ChildSex, SmallCounts.Show(g.Count()), SmallCounts.Show(g.Count(p => p.Needed)), SmallCounts.Show(g.Count(p => p.Agreed))))
            .ToList();
        return new SipStatisticsDto(
            query.DistrictCode, query.From, query.To, SmallCounts.Show(plans.Count), SmallCounts.Show(plans.Count(p => p.Needed)), SmallCounts.Show(plans.Count(p => p.Agreed)), rows);
    }
}

internal sealed class GetSipStatisticsValidator : AbstractValidator<GetSipStatistics>
{
    public GetSipStatisticsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends on or after it starts.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
