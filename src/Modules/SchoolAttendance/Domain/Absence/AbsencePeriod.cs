using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.SchoolAttendance.Domain.Absence;

/// <summary>Absence over a period, in minutes of the pupil's schedule; the shares are what ladders measure.</summary>
public sealed class AbsencePeriod
{
    private AbsencePeriod()
    {
    }

    public AbsencePeriod(Guid pupilId, Guid schoolId, DateOnly fromDate, DateOnly toDate, int scheduledMinutes, int excusedMinutes, int unexcusedMinutes, string recordedBy)
    {
        if (scheduledMinutes <= 0 || excusedMinutes < 0 || unexcusedMinutes < 0 || (long)excusedMinutes + unexcusedMinutes > scheduledMinutes)
        {
            throw new BusinessRuleViolationException("Absence within schedule", "Absence cannot exceed the scheduled minutes of the period.");
        }

        Id = Guid.NewGuid();
        PupilId = pupilId;
        SchoolId = schoolId;
        FromDate = fromDate;
        ToDate = toDate;
        ScheduledMinutes = scheduledMinutes;
        ExcusedMinutes = excusedMinutes;
        UnexcusedMinutes = unexcusedMinutes;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public Guid SchoolId { get; private set; }

    public DateOnly FromDate { get; private set; }

    public DateOnly ToDate { get; private set; }

    public int ScheduledMinutes { get; private set; }

    public int ExcusedMinutes { get; private set; }

    public int UnexcusedMinutes { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public decimal TotalPercent => Percent((long)ExcusedMinutes + UnexcusedMinutes);

    public decimal UnexcusedPercent => Percent(UnexcusedMinutes);

    // In long and guarded against a zero schedule, so no stored row can overflow or divide by zero when read.
    private decimal Percent(long minutes) => ScheduledMinutes <= 0 ? 0m : Math.Round(100m * minutes / ScheduledMinutes, 1);
}
