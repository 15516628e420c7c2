using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.Notifications.Domain;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;

namespace Samverkan.Notifications.Infrastructure.Persistence.Configurations;

internal sealed class TrackedDeadlineConfiguration : IEntityTypeConfiguration<TrackedDeadline>
{
    public void Configure(EntityTypeBuilder<TrackedDeadline> builder)
    {
        builder.ToTable("tracked_deadlines");
        builder.IsVersionedAggregate("tracked deadline");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Module).HasMaxLength(100);
        builder.Property(d => d.Kind).HasMaxLength(100);
        builder.Property(d => d.DistrictCode).HasMaxLength(50);
        builder.Property(d => d.ResponsibleUserId).HasMaxLength(200);
        builder.Property(d => d.RuleReference).HasMaxLength(300);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.IsOutstanding);
        // The reminder run reads only deadlines whose next step has come.
        builder.HasIndex(d => d.NextReminderOn).HasFilter("next_reminder_on IS NOT NULL");
        // The managers' overview reads what is running (due this week, overdue) from an index of its own, so it does
        // not wade through a district's years of decided deadlines; those it reads as counts (DeadlinePunctuality).
        builder.HasIndex(d => new { d.DistrictCode, d.DueDate }).HasDatabaseName("ix_tracked_deadlines_running_by_district")
            .HasFilter("status IN ('Open', 'Breached')");
    }
}

internal sealed class DeadlinePunctualityConfiguration : IEntityTypeConfiguration<DeadlinePunctuality>
{
    public void Configure(EntityTypeBuilder<DeadlinePunctuality> builder)
    {
        // Kept by the triggers of migration PunctualityCounts, never written by EF.
        builder.ToTable("deadline_punctuality");
        builder.HasKey(p => new { p.DistrictCode, p.ResponsibleOrganisationId, p.Kind });
        builder.Property(p => p.DistrictCode).HasMaxLength(50);
        builder.Property(p => p.Kind).HasMaxLength(100);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.IsVersionedAggregate("notification");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.DeduplicationKey).HasMaxLength(200);
        builder.Property(n => n.Kind).HasMaxLength(100);
        builder.Property(n => n.RecipientUserId).HasMaxLength(200);
        builder.Property(n => n.RecipientRole).HasMaxLength(100);
        builder.Property(n => n.DistrictCode).HasMaxLength(50);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.LastEmailError).HasMaxLength(500);
        // Exactly once per deadline, due date and step, however many Hosts try (AddOnceAsync).
        builder.HasIndex(n => n.DeduplicationKey).IsUnique();
        // The inbox's two parts in the inbox's order (newest first, then id), each read off its index and cut at the
        // page; the organisation's part only holds notifications that name no person, with what it filters on.
        builder.HasIndex(n => new { n.RecipientOrganisationId, n.CreatedAt, n.Id }).IsDescending(false, true, false)
            .HasFilter("recipient_user_id IS NULL").IncludeProperties(n => new { n.RecipientRole, n.ReadAt });
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAt, n.Id }).IsDescending(false, true, false).IncludeProperties(n => new { n.ReadAt });
        builder.HasIndex(n => n.CreatedAt).HasDatabaseName("ix_notifications_email_pending").HasFilter("emailed_at IS NULL AND email_attempts < 5");
    }
}

internal sealed class MailAddressConfiguration : IEntityTypeConfiguration<MailAddress>
{
    public void Configure(EntityTypeBuilder<MailAddress> builder)
    {
        builder.ToTable("mail_addresses");
        builder.IsVersionedAggregate("e-mail address");
        builder.HasKey(a => a.RecipientKey);
        builder.Property(a => a.RecipientKey).HasMaxLength(250);
        builder.Property(a => a.Address).HasMaxLength(254);
    }
}
