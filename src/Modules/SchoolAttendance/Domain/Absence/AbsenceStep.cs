using Samverkan.BuildingBlocks.Domain;
using Samverkan.SchoolAttendance.Domain.Suspensions;

namespace Samverkan.SchoolAttendance.Domain.Absence;

/// <summary>
/// A ladder step a pupil reached, with its due date. Steps are counted per calendar half-year (a term): a
/// step reached once in a term is not opened again by the next period of that term.
/// </summary>
public sealed class AbsenceStep
{
    private AbsenceStep()
    {
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public Guid SchoolId { get; private set; }

    public Guid AbsencePeriodId { get; private set; }

    public int StepOrder { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public DateOnly ReachedOn { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    /// <summary>
    /// The steps the period crosses that were not already reached this half-year, lowest first. Both sides are
    /// the half-year a step is reached in (today): a December absence recorded in January is January's step.
    /// </summary>
    public static List<AbsenceStep> Reached(
        AbsencePeriod period, IEnumerable<AbsenceLadderStep> ladder, IReadOnlyCollection<AbsenceStep> earlier, DateOnly today)
    {
        var halfYear = CalendarHalfYear.Of(today);
        var alreadyReached = earlier.Where(s => halfYear.Contains(s.ReachedOn)).Select(s => s.StepOrder).ToHashSet();
        return ladder
            .Where(step => step.IsCrossedBy(period) && !alreadyReached.Contains(step.Order))
            .OrderBy(step => step.Order)
            .Select(step => new AbsenceStep
            {
                Id = Guid.NewGuid(),
                PupilId = period.PupilId,
                SchoolId = period.SchoolId,
                AbsencePeriodId = period.Id,
                StepOrder = step.Order,
                Name = step.Name,
                ReachedOn = today,
                DueDate = today.PlusDays(step.DueWithinDays),
            })
            .ToList();
    }

    public void Complete(DateOnly today)
    {
        if (CompletedOn is not null)
        {
            throw new BusinessRuleViolationException("Step once", "The step is already completed.");
        }

        CompletedOn = today;
    }
}
