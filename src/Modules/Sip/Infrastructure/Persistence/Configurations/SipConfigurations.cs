using Samverkan.BuildingBlocks.Infrastructure.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Coordination;
using Samverkan.Sip.Domain.Directory;
using Samverkan.Sip.Domain.Meetings;
using Samverkan.Sip.Domain.Participation;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Infrastructure.Persistence.Configurations;

internal sealed class KnownOrganisationConfiguration : IEntityTypeConfiguration<KnownOrganisation>
{
    public void Configure(EntityTypeBuilder<KnownOrganisation> builder)
    {
        builder.ToTable("known_organisations");
        builder.IsVersionedAggregate("organisation");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.Ignore(o => o.IsOrganiser);
    }
}

internal sealed class SipPlanConfiguration : IEntityTypeConfiguration<SipPlan>
{
    public void Configure(EntityTypeBuilder<SipPlan> builder)
    {
        builder.ToTable("plans");
        builder.IsVersionedAggregate("plan");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.DistrictCode).HasMaxLength(50);
        builder.Property(p => p.ChildName).HasMaxLength(200);
        builder.Property(p => p.ChildSex).HasMaxLength(10);
        builder.Property(p => p.ProposedByKind).HasMaxLength(50);
        builder.Property(p => p.ProposalReason).HasMaxLength(4000);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.NotNeededReason).HasMaxLength(4000);
        builder.Property(p => p.Needs).HasMaxLength(8000);
        builder.Property(p => p.Goals).HasMaxLength(8000);
        builder.Property(p => p.EvaluationSummary).HasMaxLength(8000);
        builder.Property(p => p.ClosureReason).HasMaxLength(50);
        builder.Property(p => p.ClosureNote).HasMaxLength(4000);
        builder.Ignore(p => p.Organisers);
        builder.Ignore(p => p.IsClosed);
        builder.Ignore(p => p.ClosedByWithdrawal);
        builder.HasIndex(p => new { p.DistrictCode, p.Status });

        builder.OwnsMany(p => p.Measures, measures =>
        {
            measures.ToTable("plan_measures");
            measures.WithOwner().HasForeignKey("PlanId");
            measures.HasKey(m => m.Id);
            measures.Property(m => m.Id).ValueGeneratedNever();
            measures.Property(m => m.Description).HasMaxLength(4000);
            measures.Property(m => m.ResponsiblePerson).HasMaxLength(200);
            measures.Property(m => m.Status).HasMaxLength(20);
            measures.Property(m => m.EffectJudgement).HasMaxLength(4000);
            measures.Property(m => m.ResponsibleUserId).HasMaxLength(200);
            measures.Property(m => m.FamilyPart).HasMaxLength(4000);
            measures.Property(m => m.OwnPlanReference).HasMaxLength(300);
            measures.Ignore(m => m.IsFinished);
            measures.Ignore(m => m.DeliveredOnTime);
        });
        builder.Navigation(p => p.Measures).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.Participants, participants =>
        {
            participants.ToTable("plan_participants");
            participants.WithOwner().HasForeignKey("PlanId");
            participants.HasKey(x => x.Id);
            participants.Property(x => x.Id).ValueGeneratedNever();
            participants.HasIndex("PlanId", nameof(Participant.OrganisationId)).IsUnique().HasConflictMessage("The organisation already takes part in the plan.");
        });
        builder.Navigation(p => p.Participants).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("plan_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Content).HasColumnType("jsonb");
        builder.HasOne<SipPlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        // One agreement makes one version: two last approvals at once cannot both write version n.
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique().HasConflictMessage("That version of the plan is already agreed.");
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.IsVersionedAggregate("consent");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PersonName).HasMaxLength(200);
        builder.Property(c => c.PersonRole).HasMaxLength(20);
        builder.Property(c => c.MaturityJudgement).HasMaxLength(4000);
        builder.Property(c => c.Form).HasMaxLength(20);
        builder.Property(c => c.DocumentedBy).HasMaxLength(200);
        builder.Property(c => c.WithdrawnRecordedBy).HasMaxLength(200);
        builder.Ignore(c => c.IsWithdrawn);
        builder.HasOne<SipPlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PlanId);
    }
}

internal sealed class SipMeetingConfiguration : IEntityTypeConfiguration<SipMeeting>
{
    public void Configure(EntityTypeBuilder<SipMeeting> builder)
    {
        builder.ToTable("meetings");
        builder.IsVersionedAggregate("meeting");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Form).HasMaxLength(20);
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.JoinInformation).HasMaxLength(500);
        builder.Property(m => m.Question).HasMaxLength(4000);
        builder.HasOne<SipPlan>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.PlanId);

        builder.OwnsMany(m => m.Calls, calls =>
        {
            calls.ToTable("meeting_calls");
            calls.WithOwner().HasForeignKey("MeetingId");
            calls.HasKey(c => c.Id);
            calls.Property(c => c.Id).ValueGeneratedNever();
            calls.Property(c => c.Kind).HasMaxLength(20);
            calls.Property(c => c.Question).HasMaxLength(4000);
            calls.Property(c => c.Answer).HasMaxLength(4000);
            calls.HasIndex("MeetingId", nameof(MeetingCall.OrganisationId)).IsUnique().HasConflictMessage("The organisation is already called to the meeting.");
        });
        builder.Navigation(m => m.Calls).AutoInclude().UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ChildParticipationConfiguration : IEntityTypeConfiguration<ChildParticipation>
{
    public void Configure(EntityTypeBuilder<ChildParticipation> builder)
    {
        builder.ToTable("child_participations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Representative).HasMaxLength(200);
        builder.Property(p => p.Adaptations).HasMaxLength(4000);
        builder.HasOne<SipPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SipMeeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PlanId);
        builder.HasIndex(p => p.MeetingId);
    }
}

internal sealed class FamilyFeedbackConfiguration : IEntityTypeConfiguration<FamilyFeedback>
{
    public void Configure(EntityTypeBuilder<FamilyFeedback> builder)
    {
        builder.ToTable("family_feedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.DistrictCode).HasMaxLength(50);
        builder.HasOne<SipPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PlanId).IsUnique().HasConflictMessage("The family's feedback on this plan is already recorded.");
        builder.HasIndex(f => new { f.DistrictCode, f.GivenOn });
    }
}

/// <summary>The districts' copy in this module's schema (the mapping is the building block's).</summary>
internal sealed class KnownDistrictCopyConfiguration : KnownDistrictConfiguration;

internal sealed class CoordinationFunctionConfiguration : IEntityTypeConfiguration<CoordinationFunction>
{
    public void Configure(EntityTypeBuilder<CoordinationFunction> builder)
    {
        builder.ToTable("coordination_functions");
        builder.IsVersionedAggregate("coordination-function");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.AreaKind).HasMaxLength(20);
        builder.Property(f => f.AreaId).HasMaxLength(50);
        builder.Property(f => f.AreaName).HasMaxLength(200);
        builder.Property(f => f.CoordinatorUserId).HasMaxLength(200);
        builder.Ignore(f => f.IsVacant);
        builder.HasIndex(f => f.CoordinatorUserId);
    }
}
