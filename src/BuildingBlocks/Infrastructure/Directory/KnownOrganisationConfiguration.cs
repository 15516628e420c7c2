using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.BuildingBlocks.Infrastructure.Directory;

/// <summary>
/// The table <c>known_organisations</c> of a module's schema. A module that keeps the copy derives one empty class
/// from this in its own assembly, which its context picks up with the rest of its configurations.
/// </summary>
public abstract class KnownOrganisationConfiguration : IEntityTypeConfiguration<KnownOrganisation>
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
