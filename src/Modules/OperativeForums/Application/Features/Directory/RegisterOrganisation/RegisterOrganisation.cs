using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.OperativeForums.Contracts;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;

internal sealed record RegisterOrganisation(
    string Name, string Kind, string Organiser, bool IsIndependent, IReadOnlyList<string> DistrictCodes, Guid? Id = null, Guid? OrganiserId = null) : ICommand<Guid>;

internal sealed class RegisterOrganisationHandler(IOperativeForumsDbContext db, TimeProvider time) : ICommandHandler<RegisterOrganisation, Guid>
{
    public async Task<Guid> Handle(RegisterOrganisation command, CancellationToken cancellationToken)
    {
        var codes = command.DistrictCodes.Distinct().ToList();
        var known = await db.Districts.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new BusinessRuleViolationException("Known district", $"Unknown district(s): {string.Join(", ", unknown)}.");
        }

        if (command.OrganiserId is { } organiserId
            && !await db.Organisations.AnyAsync(o => o.Id == organiserId && o.Kind == OrganisationKinds.SchoolOrganiser, cancellationToken))
        {
            throw new BusinessRuleViolationException("School's organiser", "organiserId must be a school organiser (huvudman) registered in the directory.");
        }

        var organisation = new Organisation(
            command.Id ?? Guid.NewGuid(), command.Name.Trim(), command.Kind, command.Organiser.Trim(), command.IsIndependent, codes, command.OrganiserId);
        db.Organisations.Add(organisation);
        db.AddIntegrationEvent(new OrganisationRegistered
        {
            OccurredAt = time.GetUtcNow(),
            OrganisationId = organisation.Id,
            Name = organisation.Name,
            Kind = organisation.Kind,
            IsIndependent = organisation.IsIndependent,
            OrganiserId = organisation.OrganiserId,
            DistrictCodes = codes,
        });
        return organisation.Id;
    }
}
