using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Configurations;

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.ToTable("intakes");
        builder.IsVersionedAggregate("intake");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DistrictCode).HasMaxLength(50);
        builder.Property(i => i.Source).HasMaxLength(30);
        builder.Property(i => i.ProtectionAssessment).HasMaxLength(8000);
        builder.Property(i => i.PreliminaryExtensionReason).HasMaxLength(2000);
        builder.Property(i => i.DecisionReasons).HasMaxLength(8000);
        builder.Property(i => i.Feedback).HasMaxLength(4000);
        builder.Property(i => i.MeetingStatus).HasMaxLength(20);
        builder.Property(i => i.ReporterKind).HasMaxLength(30);
        builder.Property(i => i.ReporterOrganisationName).HasMaxLength(200);
        builder.Property(i => i.ReporterContactName).HasMaxLength(200);
        builder.Property(i => i.ReporterContactPhone).HasMaxLength(50);
        builder.Property(i => i.ReporterContactEmail).HasMaxLength(254);
        builder.Property(i => i.Channel).HasMaxLength(20);
        builder.Property(i => i.ChildIdentityNumber).HasMaxLength(12);
        builder.Property(i => i.ChildIdentityKind).HasMaxLength(20);
        builder.Property(i => i.ChildDescription).HasMaxLength(500);
        builder.Property(i => i.CaseWorkerUserId).HasMaxLength(200);
        builder.Ignore(i => i.IsAssessmentDecided);
        builder.Ignore(i => i.IsReporterEntitledToFeedback);
        // A notice redelivered, or sent twice, registers one intake.
        builder.HasIndex(i => i.SourceId).IsUnique().HasConflictMessage("An intake for that report or suspension notice is already registered.");
        // One decision opens one investigation.
        builder.HasIndex(i => i.InvestigationId).IsUnique().HasConflictMessage("The intake's preliminary assessment has already opened an investigation.");
        // The intake list's order (newest first, then id), so a page is read off the index and not sorted.
        builder.HasIndex(i => new { i.DistrictCode, i.ReceivedAt, i.Id }).IsDescending(false, true, false);
        builder.HasIndex(i => i.PupilId);
        builder.HasIndex(i => new { i.DistrictCode, i.ChildIdentityNumber });
        // A case worker's worklist (case_worklist) reads every intake they ever had: from the index alone.
        builder.HasIndex(i => new { i.CaseWorkerUserId, i.DistrictCode }).IncludeProperties(i => new { i.Id, i.ReceivedAt, i.DecidedOn, i.JoinedInvestigationId });
    }
}

internal sealed class InvestigationConfiguration : IEntityTypeConfiguration<Investigation>
{
    public void Configure(EntityTypeBuilder<Investigation> builder)
    {
        builder.ToTable("investigations");
        builder.IsVersionedAggregate("investigation");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DistrictCode).HasMaxLength(50);
        builder.Property(i => i.ExtensionReason).HasMaxLength(2000);
        builder.Property(i => i.AffectedInformedWho).HasMaxLength(500);
        builder.Property(i => i.AffectedInformedHow).HasMaxLength(500);
        builder.Property(i => i.CaseWorkerUserId).HasMaxLength(200);
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.IsAffectedInformed);
        builder.HasIndex(i => i.PupilId);
        builder.HasIndex(i => new { i.CaseWorkerUserId, i.DistrictCode }).IncludeProperties(i => new { i.Id, i.OpenedOn, i.CompletedOn });
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> builder)
    {
        builder.ToTable("interventions");
        builder.IsVersionedAggregate("intervention");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DistrictCode).HasMaxLength(50);
        builder.Property(i => i.KindCode).HasMaxLength(50);
        builder.Property(i => i.ConsentGivenBy).HasMaxLength(200);
        builder.Ignore(i => i.NextFollowUpDue);
        builder.HasOne<Investigation>().WithMany().HasForeignKey(i => i.InvestigationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.InvestigationId);
    }
}
