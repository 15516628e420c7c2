using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Reports;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

internal sealed class EntitledStatusConfiguration : IEntityTypeConfiguration<EntitledStatus>
{
    public void Configure(EntityTypeBuilder<EntitledStatus> builder)
    {
        builder.ToTable("entitled_statuses");
        builder.HasKey(s => s.SourceId);
        builder.Property(s => s.SourceId).ValueGeneratedNever();
        builder.Property(s => s.DistrictCode).HasMaxLength(50);
        builder.Property(s => s.Status).HasMaxLength(30);
        builder.Property(s => s.Feedback).HasMaxLength(4000);
        builder.Property(s => s.MeetingStatus).HasMaxLength(20);
        builder.Ignore(s => s.IsAssessmentDecided);
        // Whether social services of the home district hold a case about the pupil (who may read the identity number).
        builder.HasIndex(s => new { s.PupilId, s.DistrictCode });
    }
}
