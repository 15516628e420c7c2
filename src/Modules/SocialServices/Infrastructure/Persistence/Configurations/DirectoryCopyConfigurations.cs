using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.SocialServices.Domain.Directory;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Configurations;

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
