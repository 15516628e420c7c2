using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.OperativeForums.Domain.Directory;
using Samverkan.OperativeForums.Domain.Forums;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.OperativeForums.Infrastructure.Persistence.Configurations;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.ToTable("forums");
        builder.IsVersionedAggregate("forum");
        builder.HasKey(f => f.Id).HasConflictMessage("A forum with that id already exists.");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.DistrictCode).HasMaxLength(50);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.Property(f => f.Kind).HasMaxLength(50);
        builder.HasIndex(f => f.DistrictCode);
        builder.HasOne<District>().WithMany().HasForeignKey(f => f.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.ConveningOrganisationId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(f => f.Memberships, memberships =>
        {
            memberships.ToTable("forum_memberships");
            memberships.WithOwner().HasForeignKey("ForumId");
            memberships.HasKey(m => m.Id);
            memberships.Property(m => m.Id).ValueGeneratedNever();
            memberships.Property(m => m.MemberName).HasMaxLength(200);
            memberships.Property(m => m.Role).HasMaxLength(100);
            memberships.Ignore(m => m.IsActive);
            memberships.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            memberships.HasIndex(m => m.OrganisationId);
            // At most one active membership of an organisation, or of one named member of it, per forum.
            memberships.HasIndex("ForumId", nameof(ForumMembership.OrganisationId), nameof(ForumMembership.MemberName))
                .IsUnique().AreNullsDistinct(false).HasFilter("left_on IS NULL").HasDatabaseName("ux_forum_memberships_active")
                .HasConflictMessage("That organisation, or that named member of it, is already an active member of the forum.");
        });
        builder.Navigation(f => f.Memberships).AutoInclude();

        builder.OwnsMany(f => f.Invitations, invitations =>
        {
            invitations.ToTable("forum_invitations");
            invitations.WithOwner().HasForeignKey("ForumId");
            invitations.HasKey(i => i.Id);
            invitations.Property(i => i.Id).ValueGeneratedNever();
            invitations.Property(i => i.Answer).HasMaxLength(20);
            invitations.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            invitations.HasIndex(i => i.OrganisationId);
            // At most one unanswered invitation of an organisation per forum.
            invitations.HasIndex("ForumId", nameof(ForumInvitation.OrganisationId))
                .IsUnique().HasFilter("answer = 'pending'").HasDatabaseName("ux_forum_invitations_pending")
                .HasConflictMessage("The organisation has already been invited to the forum and has not answered yet.");
        });
        builder.Navigation(f => f.Invitations).AutoInclude();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.IsVersionedAggregate("meeting");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Place).HasMaxLength(300);
        builder.Property(m => m.Agenda).HasMaxLength(4000);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.Term);
        builder.HasOne<Forum>().WithMany().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ForumId, m.Date });

        builder.OwnsMany(m => m.Attendance, attendance =>
        {
            attendance.ToTable("meeting_attendance");
            attendance.WithOwner().HasForeignKey("MeetingId");
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.MemberName).HasMaxLength(200);
            attendance.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            attendance.HasIndex(a => a.OrganisationId);
        });
        builder.Navigation(m => m.Attendance).AutoInclude();

        builder.OwnsMany(m => m.Minutes, minutes =>
        {
            minutes.ToTable("meeting_minutes_items");
            minutes.WithOwner().HasForeignKey("MeetingId");
            minutes.HasKey(i => i.Id);
            minutes.Property(i => i.Id).ValueGeneratedNever();
            minutes.Property(i => i.Heading).HasMaxLength(300);
            minutes.Property(i => i.Notes).HasMaxLength(8000);
            minutes.Property(i => i.ChildName).HasMaxLength(200);
            minutes.Property(i => i.ConsentReference).HasMaxLength(200);
            minutes.Property(i => i.ConsentCovers);
        });
        builder.Navigation(m => m.Minutes).AutoInclude();
    }
}

internal sealed class CalendarSubscriptionConfiguration : IEntityTypeConfiguration<CalendarSubscription>
{
    public void Configure(EntityTypeBuilder<CalendarSubscription> builder)
    {
        builder.ToTable("calendar_subscriptions");
        builder.IsVersionedAggregate("calendar subscription");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(200);
        builder.HasOne<Forum>().WithMany().HasForeignKey(s => s.ForumId).OnDelete(DeleteBehavior.Cascade);
        // A feed is looked up by its secret's hash on every poll of a calendar program.
        builder.HasIndex(s => s.TokenHash).IsUnique().HasConflictMessage("A calendar subscription with that secret exists; subscribe again.");
        builder.HasIndex(s => new { s.ForumId, s.UserId });
    }
}
