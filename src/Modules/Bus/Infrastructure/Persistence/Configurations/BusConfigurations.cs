using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Samverkan.BuildingBlocks.Infrastructure.Concurrency;
using Samverkan.Bus.Domain.Analysis;
using Samverkan.Bus.Domain.Cases;
using Samverkan.Bus.Domain.Catalogues;
using Samverkan.Bus.Domain.Deviations;
using Samverkan.Bus.Domain.Governance;
using Samverkan.Bus.Domain.Meetings;
using Samverkan.Bus.Domain.Groups;
using Samverkan.Bus.Domain.Routines;
using Samverkan.Bus.Domain.Spider;

namespace Samverkan.Bus.Infrastructure.Persistence.Configurations;

internal sealed class BusGroupConfiguration : IEntityTypeConfiguration<BusGroup>
{
    public void Configure(EntityTypeBuilder<BusGroup> builder)
    {
        builder.ToTable("groups");
        builder.IsVersionedAggregate("BUS group");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Ignore(g => g.CurrentAreas);
        builder.Ignore(g => g.LastChangedOn);
        builder.HasIndex(g => g.Name).IsUnique().HasConflictMessage("A BUS group of that name exists already.");
        builder.OwnsMany(g => g.Coverage, coverage =>
        {
            coverage.ToTable("coverage_periods");
            coverage.WithOwner().HasForeignKey("GroupId");
            coverage.HasKey(c => c.Id);
            coverage.Property(c => c.Id).ValueGeneratedNever();
            coverage.Property(c => c.AreaKind).HasMaxLength(50);
            coverage.Property(c => c.AreaCode).HasMaxLength(50);
            coverage.Ignore(c => c.Area);
            coverage.Ignore(c => c.IsOpen);
            coverage.HasIndex(c => new { c.AreaKind, c.AreaCode });
        });
        builder.OwnsMany(g => g.Seats, seats =>
        {
            seats.ToTable("seats");
            seats.WithOwner().HasForeignKey("GroupId");
            seats.HasKey(s => s.Id);
            seats.Property(s => s.Id).ValueGeneratedNever();
            seats.Property(s => s.PartyKind).HasMaxLength(50);
            seats.Property(s => s.RepresentativeName).HasMaxLength(200);
            seats.Ignore(s => s.IsEmpty);
            seats.HasIndex("GroupId", nameof(Seat.PartyKind)).IsUnique();
        });
        builder.OwnsMany(g => g.IndependentProviders, providers =>
        {
            providers.ToTable("independent_providers");
            providers.WithOwner().HasForeignKey("GroupId");
            providers.HasKey(p => p.Id);
            providers.Property(p => p.Id).ValueGeneratedNever();
            providers.Property(p => p.Name).HasMaxLength(200);
            providers.Property(p => p.Kind).HasMaxLength(50);
            providers.Property(p => p.Status).HasMaxLength(50);
            providers.HasIndex("GroupId", nameof(IndependentProvider.OrganisationId)).IsUnique();
        });
        builder.Navigation(g => g.Coverage).AutoInclude();
        builder.Navigation(g => g.Seats).AutoInclude();
        builder.Navigation(g => g.IndependentProviders).AutoInclude();
    }
}

internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> builder)
    {
        builder.ToTable("catalogue_entries");
        builder.HasKey(e => new { e.Catalogue, e.Code }).HasConflictMessage("The catalogue has an entry with that code already.");
        builder.Property(e => e.Catalogue).HasMaxLength(50);
        builder.Property(e => e.Code).HasMaxLength(50);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Source).HasMaxLength(300);
    }
}

internal sealed class DeviationConfiguration : IEntityTypeConfiguration<Deviation>
{
    public void Configure(EntityTypeBuilder<Deviation> builder)
    {
        builder.ToTable("deviations");
        builder.IsVersionedAggregate("deviation");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CategoryCode).HasMaxLength(50);
        builder.Property(d => d.DistrictCode).HasMaxLength(50);
        builder.Property(d => d.Description).HasMaxLength(4000);
        builder.Property(d => d.Source).HasMaxLength(50);
        builder.Property(d => d.ReporterUserId).HasMaxLength(200);
        builder.Property(d => d.Stage).HasMaxLength(50);
        builder.Property(d => d.Outcome).HasMaxLength(50);
        builder.Property(d => d.OutcomeNote).HasMaxLength(4000);
        builder.Property(d => d.FreeTextReleasedBy).HasMaxLength(200);
        builder.Ignore(d => d.FreeTextReleased);
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.GroupId, d.ReportedOn });
        builder.HasIndex(d => d.ReportedOn);

        // A SIP's failure becomes one deviation even if its event were handled twice.
        builder.HasIndex(d => d.SourceReference).IsUnique().HasFilter("source_reference IS NOT NULL")
            .HasConflictMessage("That SIP report is recorded as a deviation already.");
        builder.OwnsMany(d => d.Steps, steps =>
        {
            steps.ToTable("deviation_steps");
            steps.WithOwner().HasForeignKey("DeviationId");
            steps.HasKey(s => s.Id);
            steps.Property(s => s.Id).ValueGeneratedNever();
            steps.Property(s => s.Stage).HasMaxLength(50);
            steps.Property(s => s.ByUserId).HasMaxLength(200);
        });
        builder.Navigation(d => d.Steps).AutoInclude();
    }
}

internal sealed class SpiderMeasurementConfiguration : IEntityTypeConfiguration<SpiderMeasurement>
{
    public void Configure(EntityTypeBuilder<SpiderMeasurement> builder)
    {
        builder.ToTable("spider_measurements");
        builder.IsVersionedAggregate("spider measurement");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.MeasuredOn }).IsUnique().HasConflictMessage("The group has a measurement on that date already.");
        builder.OwnsMany(m => m.Agreed, agreed =>
        {
            agreed.ToTable("spider_agreed_values");
            agreed.WithOwner().HasForeignKey("MeasurementId");
            agreed.HasKey(a => a.Id);
            agreed.Property(a => a.Id).ValueGeneratedNever();
            agreed.Property(a => a.AxisCode).HasMaxLength(50);
        });
        builder.OwnsMany(m => m.Ratings, ratings =>
        {
            ratings.ToTable("spider_ratings");
            ratings.WithOwner().HasForeignKey("MeasurementId");
            ratings.HasKey(r => r.Id);
            ratings.Property(r => r.Id).ValueGeneratedNever();
            ratings.Property(r => r.AxisCode).HasMaxLength(50);
            ratings.Property(r => r.PartyKind).HasMaxLength(50);
        });
        builder.Navigation(m => m.Agreed).AutoInclude();
        builder.Navigation(m => m.Ratings).AutoInclude();
    }
}

internal sealed class GoverningDocumentConfiguration : IEntityTypeConfiguration<GoverningDocument>
{
    public void Configure(EntityTypeBuilder<GoverningDocument> builder)
    {
        builder.ToTable("governing_documents");
        builder.IsVersionedAggregate("governing document");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasMaxLength(50);
        builder.Property(d => d.PeriodSource).HasMaxLength(300);
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(d => d.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.GroupId, d.PeriodFrom }).IsUnique().HasConflictMessage("The group has a governing document from that date already.");
        builder.OwnsMany(d => d.Priorities, priorities =>
        {
            priorities.ToTable("plan_priorities");
            priorities.WithOwner().HasForeignKey("DocumentId");
            priorities.HasKey(p => p.Id);
            priorities.Property(p => p.Id).ValueGeneratedNever();
            priorities.Property(p => p.Text).HasMaxLength(500);
        });
        builder.OwnsMany(d => d.Activities, activities =>
        {
            activities.ToTable("plan_activities");
            activities.WithOwner().HasForeignKey("DocumentId");
            activities.HasKey(a => a.Id);
            activities.Property(a => a.Id).ValueGeneratedNever();
            activities.Property(a => a.Title).HasMaxLength(500);
            activities.Property(a => a.OwnerUserId).HasMaxLength(200);
            activities.Property(a => a.OwnerName).HasMaxLength(200);
        });
        builder.OwnsMany(d => d.Milestones, milestones =>
        {
            milestones.ToTable("plan_milestones");
            milestones.WithOwner().HasForeignKey("DocumentId");
            milestones.HasKey(m => m.Id);
            milestones.Property(m => m.Id).ValueGeneratedNever();
            milestones.Property(m => m.Title).HasMaxLength(500);
        });
        builder.OwnsMany(d => d.FollowUps, followUps =>
        {
            followUps.ToTable("plan_follow_ups");
            followUps.WithOwner().HasForeignKey("DocumentId");
            followUps.HasKey(f => f.Id);
            followUps.Property(f => f.Id).ValueGeneratedNever();
            followUps.Property(f => f.Note).HasMaxLength(4000);
        });
        builder.Navigation(d => d.Priorities).AutoInclude();
        builder.Navigation(d => d.Activities).AutoInclude();
        builder.Navigation(d => d.Milestones).AutoInclude();
        builder.Navigation(d => d.FollowUps).AutoInclude();
    }
}

internal sealed class AgendaTemplateConfiguration : IEntityTypeConfiguration<AgendaTemplate>
{
    public void Configure(EntityTypeBuilder<AgendaTemplate> builder)
    {
        builder.ToTable("agenda_templates");
        builder.IsVersionedAggregate("agenda template");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Source).HasMaxLength(300);
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(t => t.GroupId).OnDelete(DeleteBehavior.Restrict);

        // Two makers of a version at once: the second is a 409, never two versions with one number.
        builder.HasIndex(t => t.VersionNumber).IsUnique().HasFilter("group_id IS NULL").HasConflictMessage("That version of the common template was just made; read the versions again.");
        builder.HasIndex(t => new { t.GroupId, t.VersionNumber }).IsUnique().HasFilter("group_id IS NOT NULL").HasConflictMessage("That version of the group's template was just made; read the versions again.");
        builder.OwnsMany(t => t.Items, items =>
        {
            items.ToTable("agenda_items");
            items.WithOwner().HasForeignKey("TemplateId");
            items.HasKey(i => i.Id);
            items.Property(i => i.Id).ValueGeneratedNever();
            items.Property(i => i.Title).HasMaxLength(500);
            items.Property(i => i.StandingItem).HasMaxLength(50);
        });
        builder.Navigation(t => t.Items).AutoInclude();
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
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgendaTemplate>().WithMany().HasForeignKey(m => m.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.HeldOn }).IsUnique().HasConflictMessage("The group has a meeting on that date already.");
        builder.OwnsMany(m => m.Items, items =>
        {
            items.ToTable("meeting_items");
            items.WithOwner().HasForeignKey("MeetingId");
            items.HasKey(i => i.Id);
            items.Property(i => i.Id).ValueGeneratedNever();
            items.Property(i => i.Title).HasMaxLength(500);
            items.Property(i => i.StandingItem).HasMaxLength(50);
            items.Property(i => i.Minutes).HasMaxLength(4000);
        });
        builder.OwnsMany(m => m.Attendance, attendance =>
        {
            attendance.ToTable("meeting_attendance");
            attendance.WithOwner().HasForeignKey("MeetingId");
            attendance.HasKey(a => a.Id);
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.PartyKind).HasMaxLength(50);
            attendance.HasIndex("MeetingId", nameof(Attendance.PartyKind)).IsUnique();
        });
        builder.Navigation(m => m.Items).AutoInclude();
        builder.Navigation(m => m.Attendance).AutoInclude();
    }
}

internal sealed class SipActivityConfiguration : IEntityTypeConfiguration<SipActivity>
{
    public void Configure(EntityTypeBuilder<SipActivity> builder)
    {
        builder.ToTable("sip_activities");
        builder.HasKey(a => new { a.DeadlineId, a.Kind });
        builder.Property(a => a.Kind).HasMaxLength(50);
        builder.Property(a => a.DistrictCode).HasMaxLength(50);
        builder.HasIndex(a => new { a.DistrictCode, a.On });
    }
}

internal sealed class IndividualCaseConfiguration : IEntityTypeConfiguration<IndividualCase>
{
    public void Configure(EntityTypeBuilder<IndividualCase> builder)
    {
        builder.ToTable("individual_cases");
        builder.IsVersionedAggregate("case");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.RecordedByUserId).HasMaxLength(200);
        builder.Property(c => c.Ground).HasMaxLength(50);
        builder.Property(c => c.ChildName).HasMaxLength(200);
        builder.Property(c => c.ChildPersonalIdentityNumber).HasMaxLength(13);
        builder.Property(c => c.LegalBasisCode).HasMaxLength(50);
        builder.Property(c => c.LegalBasisConfirmedBy).HasMaxLength(200);
        builder.Property(c => c.Outcome).HasMaxLength(500);
        builder.Ignore(c => c.IsNamed);
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.GroupId, c.RaisedOn });

        // An anonymous case holds no identity at all, also in the database.
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_individual_cases_anonymous_without_identity",
            "ground <> 'anonymous' OR (child_name IS NULL AND child_personal_identity_number IS NULL AND legal_basis_code IS NULL)"));
    }
}

internal sealed class RoutineVersionConfiguration : IEntityTypeConfiguration<RoutineVersion>
{
    public void Configure(EntityTypeBuilder<RoutineVersion> builder)
    {
        builder.ToTable("routine_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Kind).HasMaxLength(50);
        builder.Property(v => v.RoutineKey).HasMaxLength(50);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Text).HasMaxLength(8000);
        builder.Property(v => v.RecordedByUserId).HasMaxLength(200);
        builder.HasOne<BusGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.GroupId, v.RoutineKey, v.VersionNumber }).IsUnique().AreNullsDistinct(false)
            .HasConflictMessage("That version of the routine was recorded at the same time: read the routine and record the next version.");
    }
}
