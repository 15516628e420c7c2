using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Configurations;

internal sealed class CaseWorkerConfiguration : IEntityTypeConfiguration<CaseWorker>
{
    public void Configure(EntityTypeBuilder<CaseWorker> builder)
    {
        builder.ToTable("case_workers");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.UserId).HasMaxLength(200);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.DistrictCode).HasMaxLength(50);
        builder.Property(w => w.RegisteredBy).HasMaxLength(200);
        builder.HasIndex(w => new { w.OrganisationId, w.DistrictCode, w.UserId }).IsUnique()
            .HasConflictMessage("That person is already a case worker of the unit.");
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        builder.ToTable("case_assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.SubjectType).HasMaxLength(20);
        builder.Property(a => a.FromUserId).HasMaxLength(200);
        builder.Property(a => a.ToUserId).HasMaxLength(200);
        builder.Property(a => a.AssignedBy).HasMaxLength(200);
        builder.HasIndex(a => new { a.SubjectId, a.AssignedAt });
    }
}

/// <summary>A view (created by the migration AssignedCaseWorkers), so the worklists page and sort in SQL.</summary>
internal sealed class WorklistEntryConfiguration : IEntityTypeConfiguration<WorklistEntry>
{
    public void Configure(EntityTypeBuilder<WorklistEntry> builder)
    {
        builder.ToView("case_worklist");
        builder.HasNoKey();
    }
}
