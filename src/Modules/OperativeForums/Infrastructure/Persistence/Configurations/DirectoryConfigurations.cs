using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Configurations;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable("districts");
        builder.IsVersionedAggregate("district");
        builder.HasKey(d => d.Code).HasConflictMessage("A district with that code is already registered.");
        builder.Property(d => d.Code).HasMaxLength(50);
        builder.Property(d => d.Name).HasMaxLength(200);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.IsVersionedAggregate("organisation");
        builder.HasKey(o => o.Id).HasConflictMessage("An organisation with that id is already registered.");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.Property(o => o.Organiser).HasMaxLength(200);
        builder.Property(o => o.OrganiserId);
        builder.HasIndex(o => o.Kind);
        builder.OwnsMany(o => o.Districts, districts =>
        {
            districts.ToTable("organisation_districts");
            districts.WithOwner().HasForeignKey("OrganisationId");
            districts.HasKey("OrganisationId", nameof(OrganisationDistrict.DistrictCode));
            districts.Property(d => d.DistrictCode).HasMaxLength(50);
            districts.HasOne<District>().WithMany().HasForeignKey(d => d.DistrictCode).OnDelete(DeleteBehavior.Restrict);
            districts.HasIndex(d => d.DistrictCode);
        });
        builder.Navigation(o => o.Districts).AutoInclude();
    }
}
