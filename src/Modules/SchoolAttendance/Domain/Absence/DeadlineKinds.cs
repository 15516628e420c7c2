namespace Samverkan.SchoolAttendance.Domain.Absence;

/// <summary>The deadline kinds this module opens; the reminder engine's rules key on these strings.</summary>
public static class DeadlineKinds
{
    public const string AbsenceStep = "absence-step";
}
