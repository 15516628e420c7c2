using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Domain.Deadlines;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>The deadlines table every module schema holds. DeadlinesTableMigration creates the same.</summary>
internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public const string OneCurrentIndexName = "ux_deadlines_one_current_per_subject_and_kind";

    public const string CurrentFilter = "status IN ('Open', 'Breached')";

    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable("deadlines");
        builder.IsVersionedAggregate("deadline");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(100);
        builder.Property(d => d.DistrictCode).HasMaxLength(50);
        builder.Property(d => d.ResponsibleUserId).HasMaxLength(200);
        builder.Property(d => d.RuleReference).HasMaxLength(300);
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        // The check reads only open deadlines that have fallen due: its cost follows what is due, not how
        // many deadlines are open.
        builder.HasIndex(d => d.DueDate).HasDatabaseName("ix_deadlines_open_due_date").HasFilter("status = 'Open'");
        builder.HasIndex(d => new { d.SubjectId, d.Kind });
        builder.HasIndex(d => new { d.SubjectId, d.Kind }, OneCurrentIndexName).HasDatabaseName(OneCurrentIndexName).IsUnique().HasFilter(CurrentFilter)
            .HasConflictMessage("A deadline of this kind is already running for it.");
    }
}
