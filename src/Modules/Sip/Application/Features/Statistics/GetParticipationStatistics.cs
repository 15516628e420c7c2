using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain.Statistics;
using Samverkan.Sip.Domain.Participation;

namespace Samverkan.Sip.Application.Features.Statistics;

/// <summary>How many answers gave each score (1 to 5), counts under 5 as "&lt;5".</summary>
public sealed record ScoreCounts(string Score1, string Score2, string Score3, string Score4, string Score5);

public sealed record ParticipationStatisticsDto(
    string DistrictCode, DateOnly From, DateOnly To, IReadOnlyDictionary<string, string> ChildTookPart, string FeedbackGiven, ScoreCounts ListenedTo, ScoreCounts Helped);

internal sealed record GetParticipationStatistics(string DistrictCode, DateOnly From, DateOnly To) : IQuery<ParticipationStatisticsDto>;

/// <summary>
/// The child's participation and the family's feedback in a district over a period, as counts only: occasions by
/// way of taking part, and the feedback's answers by score. Counts from 1 to 4 show as "&lt;5", so no family can be
/// recognised; the feedback is never shown per plan.
/// </summary>
internal sealed class GetParticipationStatisticsHandler(ISipDbContext db, ICurrentUser user) : IQueryHandler<GetParticipationStatistics, ParticipationStatisticsDto>
{
    public async Task<ParticipationStatisticsDto> Handle(GetParticipationStatistics query, CancellationToken cancellationToken)
    {
        if (!GetSipStatisticsHandler.ReaderRoles.Any(user.IsInRole) || !user.CoversDistrict(query.DistrictCode))
        {
            throw new ForbiddenException("SIP statistics of a district are for its social services and coordinators.");
        }

        var ways = await db.ChildParticipations.AsNoTracking()
            .Where(p => p.TookPartOn >= query.From && p.TookPartOn <= query.To && db.Plans.Any(plan => plan.Id == p.PlanId && plan.DistrictCode == query.DistrictCode))
            .Select(p => p.Ways)
            .ToListAsync(cancellationToken);
        var feedback = await db.FamilyFeedback.AsNoTracking()
            .Where(f => f.DistrictCode == query.DistrictCode && f.GivenOn >= query.From && f.GivenOn <= query.To)
            .Select(f => new { f.ListenedTo, f.Helped })
            .ToListAsync(cancellationToken);
        var tookPart = ParticipationWays.All.Order(StringComparer.Ordinal).ToDictionary(w => w, w => SmallCounts.Show(ways.Count(list => list.Contains(w))));
        return new ParticipationStatisticsDto(
            query.DistrictCode, query.From, query.To, tookPart, SmallCounts.Show(feedback.Count),
            Scores(feedback.Select(f => f.ListenedTo).ToList()), Scores(feedback.Select(f => f.Helped).ToList()));
    }

    private static ScoreCounts Scores(List<int> answers)
    {
        string Count(int score) => SmallCounts.Show(answers.Count(a => a == score));
        return new ScoreCounts(Count(1), Count(2), Count(3), Count(4), Count(5));
    }
}

internal sealed class GetParticipationStatisticsValidator : AbstractValidator<GetParticipationStatistics>
{
    public GetParticipationStatisticsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends on or after it starts.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
