using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.GetAbsenceLadder;

internal sealed record GetAbsenceLadder(Guid OrganiserId) : IQuery<IReadOnlyList<LadderStepInput>>;

/// <summary>An organiser's ladder, lowest step first: configuration, no personal data, readable by anyone signed in.</summary>
internal sealed class GetAbsenceLadderHandler(ISchoolAttendanceDbContext db) : IQueryHandler<GetAbsenceLadder, IReadOnlyList<LadderStepInput>>
{
    public async Task<IReadOnlyList<LadderStepInput>> Handle(GetAbsenceLadder query, CancellationToken cancellationToken) =>
        await db.AbsenceLadderSteps.AsNoTracking()
            .Where(s => s.OrganiserId == query.OrganiserId)
            .OrderBy(s => s.Order)
            .Select(s => new LadderStepInput(s.Name, s.Measure, s.ThresholdPercent, s.DueWithinDays, s.RuleReference))
            .ToListAsync(cancellationToken);
}
