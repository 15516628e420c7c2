namespace Samverkan.SocialServices.Domain.Staff;

/// <summary>
/// One case still being worked on, as the worklists read it (the view <c>case_worklist</c>): an intake not yet
/// decided or an investigation not yet completed, or either while one of its deadlines still runs.
/// </summary>
public sealed class WorklistEntry
{
    /// <summary>"intake" or "investigation".</summary>
    public string CaseKind { get; private set; } = string.Empty;

    public Guid CaseId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    /// <summary>The social services organisation answering for the case's deadlines: with the district, the unit.</summary>
    public Guid? UnitOrganisationId { get; private set; }

    public string? CaseWorkerUserId { get; private set; }

    /// <summary>The Stockholm date the intake was received or the investigation opened.</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>The earliest due date of the case's running legal deadlines; null when none runs.</summary>
    public DateOnly? NextLegalDate { get; private set; }

    /// <summary>Whether a running deadline has already been stamped breached.</summary>
    public bool Breached { get; private set; }
}
