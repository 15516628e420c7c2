namespace Samverkan.SchoolAttendance.Contracts;

/// <summary>School-attendance stabilisation: absence, suspensions, reports of concern, social services' response. One name per concept: folder, namespace, schema and route.</summary>
public static class SchoolAttendanceModule
{
    public const string Name = "SchoolAttendance";
    public const string Schema = "school_attendance";
}
