using KnownDistrict = Samverkan.BuildingBlocks.Domain.Directory.KnownDistrict;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Domain.Directory;
using Samverkan.Sip.Domain.Meetings;
using Samverkan.Sip.Domain.Participation;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application;

/// <summary>The Sip module's data, as its handlers see it (implemented in Infrastructure).</summary>
public interface ISipDbContext : IModuleDbContext
{
    DbSet<KnownOrganisation> KnownOrganisations { get; }

    DbSet<SipPlan> Plans { get; }

    DbSet<PlanVersion> PlanVersions { get; }

    DbSet<Consent> Consents { get; }

    DbSet<SipMeeting> Meetings { get; }

    DbSet<ChildParticipation> ChildParticipations { get; }

    DbSet<FamilyFeedback> FamilyFeedback { get; }

    DbSet<KnownDistrict> KnownDistricts { get; }

    DbSet<CoordinationFunction> CoordinationFunctions { get; }
}
