using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Contracts.Deadlines;
using Samverkan.BuildingBlocks.Domain.Deadlines;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>
/// Turns what happened to tracked deadlines into integration events, just before the module saves, so a
/// handler only opens, meets or extends a deadline and the rest of the system hears of it through the outbox.
/// </summary>
internal static class DeadlineEventWriter
{
    public static List<DeadlineEvent> Collect(ChangeTracker changes, string module, DateTimeOffset now)
    {
        var events = new List<DeadlineEvent>();
        foreach (var entry in changes.Entries<Deadline>())
        {
            var change = Change(entry, now);
            if (change is not null)
            {
                events.Add(Describe(change, entry.Entity, module));
            }
        }

        return events;
    }

    private static DeadlineEvent? Change(EntityEntry<Deadline> entry, DateTimeOffset now)
    {
        var deadline = entry.Entity;
        if (entry.State == EntityState.Added)
        {
            return new DeadlineOpened { OccurredAt = now };
        }

        if (entry.State != EntityState.Modified)
        {
            return null;
        }

        if (entry.Property(d => d.DueDate).OriginalValue != deadline.DueDate)
        {
            return new DeadlineExtended { OccurredAt = now, Reason = deadline.Reason ?? string.Empty };
        }

        if (entry.Property(d => d.Status).OriginalValue == deadline.Status)
        {
            return entry.Property(d => d.ResponsibleUserId).OriginalValue != deadline.ResponsibleUserId
                ? new DeadlineReassigned { OccurredAt = now, Breached = deadline.Status == DeadlineStatus.Breached }
                : null;
        }

        return deadline.Status switch
        {
            DeadlineStatus.Met => new DeadlineMet { OccurredAt = now, OnTime = deadline.MetOnTime(StockholmCalendar.ToLocalDate(deadline.MetAt ?? now)) },
            DeadlineStatus.Breached => new DeadlineBreached { OccurredAt = now },
            DeadlineStatus.Cancelled => new DeadlineCancelled { OccurredAt = now },
            _ => null,
        };
    }

    private static DeadlineEvent Describe(DeadlineEvent change, Deadline deadline, string module) => change with
    {
        Module = module,
        DeadlineId = deadline.Id,
        Kind = deadline.Kind,
        SubjectId = deadline.SubjectId,
        DistrictCode = deadline.DistrictCode,
        ResponsibleOrganisationId = deadline.ResponsibleOrganisationId,
        ResponsibleUserId = deadline.ResponsibleUserId,
        DueDate = deadline.DueDate,
        RuleReference = deadline.RuleReference,
    };
}
