using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

internal sealed class AbsenceLadderStepConfiguration : IEntityTypeConfiguration<AbsenceLadderStep>
{
    public void Configure(EntityTypeBuilder<AbsenceLadderStep> builder)
    {
        builder.ToTable("absence_ladder_steps");
        builder.IsVersionedAggregate("absence ladder step");
        builder.HasKey(s => new { s.OrganiserId, s.Order })
            .HasConflictMessage("The absence ladder was changed by another request at the same moment; read it again.");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Measure).HasMaxLength(20);
        builder.Property(s => s.ThresholdPercent).HasPrecision(5, 1);
        builder.Property(s => s.RuleReference).HasMaxLength(300);
    }
}

internal sealed class AbsencePeriodConfiguration : IEntityTypeConfiguration<AbsencePeriod>
{
    public void Configure(EntityTypeBuilder<AbsencePeriod> builder)
    {
        builder.ToTable("absence_periods");
        builder.IsVersionedAggregate("absence period");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RecordedBy).HasMaxLength(200);
        builder.Ignore(p => p.TotalPercent);
        builder.Ignore(p => p.UnexcusedPercent);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(p => p.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PupilId, p.FromDate });
    }
}

internal sealed class AbsenceStepConfiguration : IEntityTypeConfiguration<AbsenceStep>
{
    private const string HalfYearStart = "HalfYearStart";

    public void Configure(EntityTypeBuilder<AbsenceStep> builder)
    {
        builder.ToTable("absence_steps");
        builder.IsVersionedAggregate("absence step");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AbsencePeriod>().WithMany().HasForeignKey(s => s.AbsencePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PupilId, s.ReachedOn });
        // A step is reached at most once per pupil and calendar half-year (January-June, July-December).
        builder.Property<DateOnly?>(HalfYearStart)
            .HasComputedColumnSql("make_date(extract(year FROM reached_on)::integer, CASE WHEN extract(month FROM reached_on) <= 6 THEN 1 ELSE 7 END, 1)", stored: true);
        builder.HasIndex(nameof(AbsenceStep.PupilId), nameof(AbsenceStep.StepOrder), HalfYearStart).IsUnique()
            .HasDatabaseName("ux_absence_steps_pupil_step_half_year")
            .HasConflictMessage("The pupil already reached that absence step this half-year.");
    }
}
