using Samverkan.BuildingBlocks.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Pupils;
using Samverkan.SchoolAttendance.Domain.Reports;
using Samverkan.SchoolAttendance.Domain.Suspensions;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.ToTable("pupils");
        builder.IsVersionedAggregate("pupil");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PersonalIdentityNumber).HasMaxLength(12);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.HomeDistrictCode).HasMaxLength(50);
        builder.Property(p => p.SchoolForm).HasMaxLength(30);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Ignore(p => p.Number);
        // One pupil per school and identity number. Another school's pupil of the same number is that school's
        // record: a school learns nothing of it, not even that it exists (ADR 0014).
        builder.HasIndex(p => new { p.SchoolId, p.PersonalIdentityNumber }).IsUnique().HasConflictMessage("Your school has already registered a pupil with this personal identity number.");
        builder.HasIndex(p => p.SchoolId);
    }
}

internal sealed class SuspensionConfiguration : IEntityTypeConfiguration<Suspension>
{
    public void Configure(EntityTypeBuilder<Suspension> builder)
    {
        builder.ToTable("suspensions");
        builder.IsVersionedAggregate("suspension");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SchoolForm).HasMaxLength(30);
        builder.Property(s => s.DecidedBy).HasMaxLength(200);
        builder.Property(s => s.Decider).HasMaxLength(30);
        builder.Property(s => s.Reason).HasMaxLength(4000);
        builder.Property(s => s.HearingNotes).HasMaxLength(4000);
        builder.Property(s => s.CompensatoryTeaching).HasMaxLength(4000);
        builder.Ignore(s => s.Days);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId).OnDelete(DeleteBehavior.Restrict);
        // Two suspensions of one pupil never start on the same day (overlaps are refused by the rule, under the pupil's lock).
        builder.HasIndex(s => new { s.PupilId, s.StartDate }).IsUnique().HasConflictMessage("The pupil already has a suspension starting that day.");
    }
}

internal sealed class ReportOfConcernConfiguration : IEntityTypeConfiguration<ReportOfConcern>
{
    public void Configure(EntityTypeBuilder<ReportOfConcern> builder)
    {
        builder.ToTable("reports_of_concern");
        builder.IsVersionedAggregate("report of concern");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.Property(r => r.Observations).HasMaxLength(8000);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(r => r.PupilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.SchoolId);
    }
}
