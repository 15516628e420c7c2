using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Absence;
using Samverkan.SchoolAttendance.Domain.Pupils;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

internal sealed class AbsenceLadderStepConfiguration : IEntityTypeConfiguration<AbsenceLadderStep>
{
    public void Configure(EntityTypeBuilder<AbsenceLadderStep> builder)
    {
        builder.ToTable("absence_ladder_steps");
        builder.HasKey(s => new { s.OrganiserId, s.Order });
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
    public void Configure(EntityTypeBuilder<AbsenceStep> builder)
    {
        builder.ToTable("absence_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AbsencePeriod>().WithMany().HasForeignKey(s => s.AbsencePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PupilId, s.ReachedOn });
    }
}
