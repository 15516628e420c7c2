using Samverkan.BuildingBlocks.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.SocialServices.Application;
using Samverkan.SocialServices.Contracts;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Infrastructure.Persistence;

internal sealed class SocialServicesDbContext(DbContextOptions<SocialServicesDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), ISocialServicesDbContext
{
    public override string ModuleName => SocialServicesModule.Name;

    public override string Schema => SocialServicesModule.Schema;

    public DbSet<KnownOrganisation> KnownOrganisations => Set<KnownOrganisation>();

    public DbSet<Intake> Intakes => Set<Intake>();

    public DbSet<Investigation> Investigations => Set<Investigation>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<FollowUpAfterClosing> FollowUpsAfterClosing => Set<FollowUpAfterClosing>();

    public DbSet<CaseWorker> CaseWorkers => Set<CaseWorker>();

    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();

    public IQueryable<WorklistEntry> Worklist => Set<WorklistEntry>().AsNoTracking();

    public async Task CountFollowUpAsync(Intervention intervention, DateOnly heldOn, CancellationToken cancellationToken)
    {
        await Database.ExecuteSqlAsync(
            $"""
            UPDATE social_services.interventions
            SET follow_ups_held = follow_ups_held + 1, last_follow_up_on = GREATEST(last_follow_up_on, {heldOn}), version = version + 1
            WHERE id = {intervention.Id}
            """,
            cancellationToken);
        await Entry(intervention).ReloadAsync(cancellationToken);
    }
}
