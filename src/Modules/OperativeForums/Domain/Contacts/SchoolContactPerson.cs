using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.OperativeForums.Domain.Contacts;

/// <summary>
/// One period in which a person in a district's social services was a school's designated contact (seed 004).
/// A change ends the current period and starts a new one: periods are never overwritten, so the school's
/// contacts over time can be shown.
/// </summary>
public sealed class SchoolContactPerson
{
    private SchoolContactPerson()
    {
    }

    private SchoolContactPerson(Guid schoolId, string districtCode, string contactUserId, string contactName, DateOnly effectiveFrom)
    {
        Id = Guid.NewGuid();
        SchoolId = schoolId;
        DistrictCode = districtCode;
        ContactUserId = contactUserId;
        ContactName = contactName;
        EffectiveFrom = effectiveFrom;
    }

    public Guid Id { get; private set; }

    public Guid SchoolId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public string ContactUserId { get; private set; } = string.Empty;

    public string ContactName { get; private set; } = string.Empty;

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The first day the next contact took over; null while this one is current.</summary>
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>Starts a new period, ending <paramref name="current"/> (if any) on the day the new one begins.</summary>
    public static SchoolContactPerson Assign(SchoolContactPerson? current, Guid schoolId, string districtCode, string contactUserId, string contactName, DateOnly effectiveFrom)
    {
        if (current is not null)
        {
            if (effectiveFrom <= current.EffectiveFrom)
            {
                throw new BusinessRuleViolationException(
                    "Contact change after the current one", $"The change must take effect after {current.EffectiveFrom:yyyy-MM-dd}, when the current contact person started.");
            }

            current.EffectiveTo = effectiveFrom;
        }

        return new SchoolContactPerson(schoolId, districtCode, contactUserId, contactName, effectiveFrom);
    }
}
