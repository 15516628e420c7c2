using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.OperativeForums.Application.Features.Forums;
using Samverkan.OperativeForums.Domain.Agreements;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Agreements.RegisterAgreement;

/// <summary>
/// Records a district's signed collaboration agreement and opens the deadline for its first revision; the
/// reminder engine raises a reminder when that deadline passes.
/// </summary>
internal sealed record RegisterAgreement(string DistrictCode, IReadOnlyList<Guid> Parties, DateOnly SignedOn, int RevisionIntervalMonths, Guid? ResponsibleOrganisationId = null)
    : ICommand<Guid>;

internal sealed class RegisterAgreementHandler(IOperativeForumsDbContext db, ICurrentUser user, TimeProvider time) : ICommandHandler<RegisterAgreement, Guid>
{
    public async Task<Guid> Handle(RegisterAgreement command, CancellationToken cancellationToken)
    {
        ForumAccess.EnsureCanManage(user, command.DistrictCode);
        await db.EnsureDistrictExistsAsync(command.DistrictCode, cancellationToken);
        if (await db.CollaborationAgreements.AnyAsync(a => a.DistrictCode == command.DistrictCode, cancellationToken))
        {
            throw new ConflictException($"District '{command.DistrictCode}' already has an agreement: record a revision instead.");
        }

        var parties = command.Parties.Distinct().ToList();
        var known = await db.Organisations.Where(o => parties.Contains(o.Id)).Select(o => new { o.Id, o.Kind }).ToListAsync(cancellationToken);
        if (known.Count != parties.Count)
        {
            throw new BusinessRuleViolationException("Known organisation", $"Unknown party: {string.Join(", ", parties.Except(known.Select(k => k.Id)))}.");
        }

        var responsible = command.ResponsibleOrganisationId
            ?? known.FirstOrDefault(k => k.Kind == OrganisationKinds.SocialServices)?.Id
            ?? throw new BusinessRuleViolationException("Responsible party", "Name the party responsible for revisions (social services by default).");
        var agreement = new CollaborationAgreement(Guid.NewGuid(), command.DistrictCode, parties, responsible, command.SignedOn, command.RevisionIntervalMonths);
        db.CollaborationAgreements.Add(agreement);
        db.Deadlines.Add(RevisionDeadline(agreement, time.GetUtcNow()));
        return agreement.Id;
    }

    internal static Deadline RevisionDeadline(CollaborationAgreement agreement, DateTimeOffset now) =>
        Deadline.Open(
            CollaborationAgreement.RevisionDeadlineKind, agreement.Id, agreement.DistrictCode, agreement.ResponsibleOrganisationId, null,
            agreement.NextRevisionDue, CollaborationAgreement.RevisionRuleReference, now);
}
