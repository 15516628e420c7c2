using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.SocialServices.Domain.Cases;
using Samverkan.SocialServices.Domain.FollowUps;

namespace Samverkan.SocialServices.Infrastructure.Persistence.Configurations;

internal sealed class FollowUpAfterClosingConfiguration : IEntityTypeConfiguration<FollowUpAfterClosing>
{
    public void Configure(EntityTypeBuilder<FollowUpAfterClosing> builder)
    {
        builder.ToTable("follow_ups_after_closing");
        builder.IsVersionedAggregate("follow-up");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.DistrictCode).HasMaxLength(50);
        builder.Property(f => f.Reason).HasMaxLength(4000);
        builder.Property(f => f.Outcome).HasMaxLength(50);
        builder.Property(f => f.OutcomeNote).HasMaxLength(4000);
        builder.Ignore(f => f.IsOngoing);
        builder.HasOne<Investigation>().WithMany().HasForeignKey(f => f.InvestigationId).OnDelete(DeleteBehavior.Restrict);

        // One follow-up per investigation, also when two decisions are sent at the same moment.
        builder.HasIndex(f => f.InvestigationId).IsUnique().HasConflictMessage("A follow-up of this investigation is decided already.");
        builder.OwnsMany(f => f.Consents, consents =>
        {
            consents.ToTable("follow_up_consents");
            consents.WithOwner().HasForeignKey("FollowUpId");
            consents.HasKey(c => c.Id);
            consents.Property(c => c.Id).ValueGeneratedNever();
            consents.Property(c => c.GivenBy).HasMaxLength(50);
            consents.Property(c => c.Form).HasMaxLength(50);
            consents.Property(c => c.DocumentedBy).HasMaxLength(200);
        });
        builder.Navigation(f => f.Consents).AutoInclude();
        builder.OwnsMany(f => f.Contacts, contacts =>
        {
            contacts.ToTable("follow_up_contacts");
            contacts.WithOwner().HasForeignKey("FollowUpId");
            contacts.HasKey(c => c.Id);
            contacts.Property(c => c.Id).ValueGeneratedNever();
            contacts.Property(c => c.Party).HasMaxLength(50);
            contacts.Property(c => c.OtherParty).HasMaxLength(200);
            contacts.Property(c => c.RecordedBy).HasMaxLength(200);
        });
        builder.Navigation(f => f.Contacts).AutoInclude();
    }
}
