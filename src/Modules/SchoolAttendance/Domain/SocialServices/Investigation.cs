using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.SchoolAttendance.Domain.SocialServices;

/// <summary>
/// A child investigation (20 kap. 3 § SoL): completed within four months of opening unless extended by a
/// decision with a reason. Opened on a school's report, it always covers the child's schooling (seed 001).
/// </summary>
public sealed class Investigation
{
    private Investigation()
    {
    }

    public Guid Id { get; private set; }

    public Guid PupilId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public DateOnly OpenedOn { get; private set; }

    public DateOnly DueDate { get; private set; }

    public bool IncludesSchooling { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public bool IsOpen => CompletedOn is null;

    public static Investigation Open(Guid pupilId, string districtCode, DateOnly openedOn, DateOnly dueDate, bool onSchoolReport) =>
        new()
        {
            Id = Guid.NewGuid(),
            PupilId = pupilId,
            DistrictCode = districtCode,
            OpenedOn = openedOn,
            DueDate = dueDate,
            IncludesSchooling = onSchoolReport,
        };

    public void Extend(DateOnly newDueDate, string reason)
    {
        RequireOpen();
        DueDate = newDueDate;
        ExtensionReason = reason;
    }

    public void Complete(DateOnly today)
    {
        RequireOpen();
        CompletedOn = today;
    }

    public void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new BusinessRuleViolationException("Investigation open", "The investigation is completed.");
        }
    }
}
