namespace Samverkan.SchoolAttendance.Domain.Absence;

/// <summary>What a ladder step's threshold is measured on.</summary>
public static class AbsenceMeasures
{
    public const string Total = "total";
    public const string Unexcused = "unexcused";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Total, Unexcused };
}

/// <summary>
/// One step of an organiser's escalation ladder (frånvarotrappa). There is no legal threshold (domain.md,
/// "Absence"): each organiser configures its own, e.g. guardians told the same day at any unexcused absence,
/// the principal's investigation at 15 % within three weeks, a report of concern later.
/// </summary>
public sealed class AbsenceLadderStep(Guid organiserId, int order, string name, string measure, decimal thresholdPercent, int dueWithinDays, string ruleReference)
{
    public Guid OrganiserId { get; private set; } = organiserId;

    public int Order { get; private set; } = order;

    public string Name { get; private set; } = name;

    public string Measure { get; private set; } = measure;

    /// <summary>The step is reached when the measured absence of a period is at or above this share.</summary>
    public decimal ThresholdPercent { get; private set; } = thresholdPercent;

    /// <summary>Days from reaching the step to its due date; 0 = the same day.</summary>
    public int DueWithinDays { get; private set; } = dueWithinDays;

    public string RuleReference { get; private set; } = ruleReference;

    public bool IsCrossedBy(AbsencePeriod period) =>
        (Measure == AbsenceMeasures.Unexcused ? period.UnexcusedPercent : period.TotalPercent) >= ThresholdPercent;
}
