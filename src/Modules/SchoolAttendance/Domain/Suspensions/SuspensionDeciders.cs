namespace Samverkan.SchoolAttendance.Domain.Suspensions;

/// <summary>Who decided a suspension: the principal, or (upper secondary, beyond two weeks) the organiser.</summary>
public static class SuspensionDeciders
{
    public const string Principal = "principal";
    public const string Organiser = "organiser";
}
