using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Interventions.StartIntervention;

internal sealed record StartIntervention(
    Guid InvestigationId, string Kind, string ConsentGivenBy, DateOnly ConsentGivenOn, DateOnly StartedOn, int? FollowUpEveryWeeks) : ICommand<Guid>;

/// <summary>Starts an intervention from the catalogue, only with the guardians' consent recorded; opens its first follow-up.</summary>
internal sealed class StartInterventionHandler(ISocialServicesDbContext db, CaseAccess access, CaseDeadlines deadlines) : ICommandHandler<StartIntervention, Guid>
{
    public async Task<Guid> Handle(StartIntervention command, CancellationToken cancellationToken)
    {
        var investigation = await access.InvestigationAsync(command.InvestigationId, cancellationToken);
        var kind = InterventionCatalogue.Find(command.Kind)
            ?? throw new BusinessRuleViolationException("Intervention catalogue", $"'{command.Kind}' is not in the catalogue of interventions.");
        var intervention = Intervention.Start(investigation, kind, command.ConsentGivenBy, command.ConsentGivenOn, command.StartedOn, command.FollowUpEveryWeeks);
        db.Interventions.Add(intervention);
        db.RequireUnchangedUntilSaved(investigation);
        await InterventionFollowUps.OpenNextAsync(deadlines, intervention, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", investigation.Id, "intervention-started"));
        return intervention.Id;
    }
}
