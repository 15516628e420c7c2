using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.BuildingBlocks.Infrastructure.Directory;

/// <summary>
/// The table <c>known_districts</c> of a module's schema. A module that keeps the copy derives one empty class
/// from this in its own assembly, which its context picks up with the rest of its configurations.
/// </summary>
public abstract class KnownDistrictConfiguration : IEntityTypeConfiguration<KnownDistrict>
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
