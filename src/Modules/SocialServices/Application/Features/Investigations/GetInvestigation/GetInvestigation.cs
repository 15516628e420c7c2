using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.CaseWorkers;
using Samverkan.SocialServices.Application.Features.Intakes.GetIntake;

namespace Samverkan.SocialServices.Application.Features.Investigations.GetInvestigation;

public sealed record InterventionDto(Guid Id, string Kind, DateOnly StartedOn, string ConsentGivenBy, DateOnly ConsentGivenOn, int FollowUpEveryWeeks, int FollowUpsHeld, IReadOnlyList<DeadlineDto> Deadlines);

public sealed record InvestigationDto(
    Guid Id, Guid PupilId, string DistrictCode, DateOnly OpenedOn, DateOnly DueDate, bool IncludesSchooling, string? ExtensionReason,
    DateOnly? CompletedOn, DateOnly? InformedOn, string? InformedWho, string? How, IReadOnlyList<DeadlineDto> Deadlines, IReadOnlyList<InterventionDto> Interventions,
    string? ChildIdentityNumber, [property: ValuesOf(typeof(IdentityNumberKinds))] string ChildIdentityKind,
    string? CaseWorkerUserId, IReadOnlyList<CaseAssignmentDto> Assignments);

internal sealed record GetInvestigation(Guid InvestigationId) : IQuery<InvestigationDto>;

internal sealed class GetInvestigationHandler(ISocialServicesDbContext db, CaseAccess access) : IQueryHandler<GetInvestigation, InvestigationDto>
{
    public async Task<InvestigationDto> Handle(GetInvestigation query, CancellationToken cancellationToken)
    {
        var i = await access.InvestigationAsync(query.InvestigationId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", i.Id, "read"));
        var interventions = new List<InterventionDto>();
        foreach (var x in await db.Interventions.AsNoTracking().Where(x => x.InvestigationId == i.Id).OrderBy(x => x.StartedOn).ToListAsync(cancellationToken))
        {
            interventions.Add(new InterventionDto(
                x.Id, x.KindCode, x.StartedOn, x.ConsentGivenBy, x.ConsentGivenOn, x.FollowUpEveryWeeks, x.FollowUpsHeld,
                await GetIntakeHandler.DeadlinesOf(db, x.Id, cancellationToken)));
        }

        // The child as the intake that opened the investigation named them (a school's report: the school keeps the number).
        var child = await db.Intakes.AsNoTracking()
            .Where(x => x.InvestigationId == i.Id)
            .Select(x => new { x.ChildIdentityNumber, x.ChildIdentityKind })
            .FirstOrDefaultAsync(cancellationToken);
        return new InvestigationDto(
            i.Id, i.PupilId, i.DistrictCode, i.OpenedOn, i.DueDate, i.IncludesSchooling, i.ExtensionReason, i.CompletedOn,
            i.AffectedInformedOn, i.AffectedInformedWho, i.AffectedInformedHow,
            await GetIntakeHandler.DeadlinesOf(db, i.Id, cancellationToken), interventions,
            child?.ChildIdentityNumber, child?.ChildIdentityKind ?? IdentityNumberKinds.NotYetKnown,
            i.CaseWorkerUserId, await AssignmentHistory.OfAsync(db, i.Id, cancellationToken));
    }
}
