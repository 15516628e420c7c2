using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SchoolAttendance.Infrastructure.Persistence.Configurations;

internal sealed class KnownDistrictConfiguration : IEntityTypeConfiguration<KnownDistrict>
{
    public void Configure(EntityTypeBuilder<KnownDistrict> builder)
    {
        builder.ToTable("known_districts");
        builder.IsVersionedAggregate("district");
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(50);
        builder.Property(d => d.Name).HasMaxLength(200);
    }
}

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
    }
}
