using Samverkan.BuildingBlocks.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application;

/// <summary>The SocialServices module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface ISocialServicesDbContext : IModuleDbContext
{
    /// <summary>
    /// Adds one to the intervention's follow-ups in one UPDATE (follow_ups_held + 1) and reloads it, so
    /// follow-ups recorded at the same moment are all counted.
    /// </summary>
    Task CountFollowUpAsync(Intervention intervention, DateOnly heldOn, CancellationToken cancellationToken);

    DbSet<KnownOrganisation> KnownOrganisations { get; }

    DbSet<Intake> Intakes { get; }

    DbSet<Investigation> Investigations { get; }

    DbSet<Intervention> Interventions { get; }

    DbSet<FollowUpAfterClosing> FollowUpsAfterClosing { get; }

    DbSet<CaseWorker> CaseWorkers { get; }

    DbSet<CaseAssignment> CaseAssignments { get; }

    /// <summary>The open cases of every unit with their next legal date (the view <c>case_worklist</c>).</summary>
    IQueryable<WorklistEntry> Worklist { get; }
}
