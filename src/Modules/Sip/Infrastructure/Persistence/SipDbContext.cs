using KnownDistrict = Samverkan.BuildingBlocks.Domain.Directory.KnownDistrict;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.Sip.Application;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Domain.Directory;
using Samverkan.Sip.Domain.Meetings;
using Samverkan.Sip.Domain.Participation;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Infrastructure.Persistence;

internal sealed class SipDbContext(DbContextOptions<SipDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), ISipDbContext
{
    public override string ModuleName => SipModule.Name;

    public override string Schema => SipModule.Schema;

    public DbSet<KnownOrganisation> KnownOrganisations => Set<KnownOrganisation>();

    public DbSet<SipPlan> Plans => Set<SipPlan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<SipMeeting> Meetings => Set<SipMeeting>();

    public DbSet<ChildParticipation> ChildParticipations => Set<ChildParticipation>();

    public DbSet<FamilyFeedback> FamilyFeedback => Set<FamilyFeedback>();

    public DbSet<KnownDistrict> KnownDistricts => Set<KnownDistrict>();

    public DbSet<CoordinationFunction> CoordinationFunctions => Set<CoordinationFunction>();
}
