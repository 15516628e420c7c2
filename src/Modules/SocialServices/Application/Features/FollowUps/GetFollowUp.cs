using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Application.Features.Intakes.GetIntake;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Application.Features.FollowUps;

public sealed record FollowUpConsentDto(
    Guid Id, [property: ValuesOf(typeof(FollowUpConsentGivers))] string GivenBy, [property: ValuesOf(typeof(ConsentForms))] string Form,
    DateOnly GivenOn, string DocumentedBy, DateOnly? WithdrawnOn);

public sealed record FollowUpContactDto([property: ValuesOf(typeof(FollowUpContactParties))] string Party, string? OtherParty, DateOnly HeldOn, string RecordedBy);

public sealed record FollowUpDto(
    Guid Id, Guid InvestigationId, DateOnly ClosedOn, DateOnly DecidedOn, DateOnly EndsOn, DateOnly LatestEndsOn, string Reason, DateOnly ChildBornOn,
    [property: ValuesOf(typeof(FollowUpOutcomes))] string? Outcome, string? OutcomeNote, DateOnly? EndedOn,
    IReadOnlyList<FollowUpConsentDto> Consents, IReadOnlyList<FollowUpContactDto> Contacts, DeadlineDto? Deadline);

internal sealed record GetFollowUp(Guid FollowUpId) : IQuery<FollowUpDto>;

internal sealed class GetFollowUpHandler(ISocialServicesDbContext db, CaseAccess access) : IQueryHandler<GetFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(GetFollowUp query, CancellationToken cancellationToken)
    {
        var f = await access.FollowUpAsync(query.FollowUpId, cancellationToken);
        db.AddAuditEntry(new AuditRecord("case", f.InvestigationId, "read"));
        var deadline = (await GetIntakeHandler.DeadlinesOf(db, f.InvestigationId, cancellationToken))
            .LastOrDefault(d => d.Kind == DeadlineKinds.FollowUpAfterClosing);
        return new FollowUpDto(
            f.Id, f.InvestigationId, f.ClosedOn, f.DecidedOn, f.EndsOn, FollowUpAfterClosing.LatestEnd(f.ClosedOn), f.Reason, f.ChildBornOn,
            f.Outcome, f.OutcomeNote, f.EndedOn,
            [.. f.Consents.OrderBy(c => c.GivenOn).Select(c => new FollowUpConsentDto(c.Id, c.GivenBy, c.Form, c.GivenOn, c.DocumentedBy, c.WithdrawnOn))],
            [.. f.Contacts.OrderBy(c => c.HeldOn).Select(c => new FollowUpContactDto(c.Party, c.OtherParty, c.HeldOn, c.RecordedBy))],
            deadline);
    }
}
