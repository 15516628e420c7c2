using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.OperativeForums.Domain.Agreements;
using Samverkan.OperativeForums.Domain.Contacts;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Configurations;

internal sealed class SchoolContactPersonConfiguration : IEntityTypeConfiguration<SchoolContactPerson>
{
    public void Configure(EntityTypeBuilder<SchoolContactPerson> builder)
    {
        builder.ToTable("school_contact_persons");
        builder.IsVersionedAggregate("school contact person");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.DistrictCode).HasMaxLength(50);
        builder.Property(c => c.ContactUserId).HasMaxLength(200);
        builder.Property(c => c.ContactName).HasMaxLength(200);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<District>().WithMany().HasForeignKey(c => c.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        // At most one current contact person per school and district, even under concurrent changes.
        builder.HasIndex(c => new { c.SchoolId, c.DistrictCode }).IsUnique().HasFilter("effective_to IS NULL").HasDatabaseName("ux_school_contact_persons_current")
            .HasConflictMessage("The school's contact person in the district was changed by another request at the same moment; read it again.");
        builder.HasIndex(c => c.DistrictCode);
    }
}

internal sealed class CollaborationAgreementConfiguration : IEntityTypeConfiguration<CollaborationAgreement>
{
    public void Configure(EntityTypeBuilder<CollaborationAgreement> builder)
    {
        builder.ToTable("collaboration_agreements");
        builder.IsVersionedAggregate("collaboration agreement");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DistrictCode).HasMaxLength(50);
        builder.Ignore(a => a.LastRevisedOn);
        builder.HasIndex(a => a.DistrictCode).IsUnique().HasConflictMessage("The district already has a collaboration agreement: record a revision instead.");
        builder.HasOne<District>().WithMany().HasForeignKey(a => a.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(a => a.Revisions, revisions =>
        {
            revisions.ToTable("agreement_revisions");
            revisions.WithOwner().HasForeignKey("AgreementId");
            revisions.HasKey(r => r.Id);
            revisions.Property(r => r.Id).ValueGeneratedNever();
            revisions.Property(r => r.Note).HasMaxLength(2000);
        });
        builder.Navigation(a => a.Revisions).AutoInclude();
    }
}
