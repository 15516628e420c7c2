using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SchoolAttendance.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.BuildingBlocks.Infrastructure.Directory;

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

/// <summary>The organisations' copy in this module's schema (the mapping is the building block's).</summary>
internal sealed class KnownOrganisationCopyConfiguration : KnownOrganisationConfiguration;
