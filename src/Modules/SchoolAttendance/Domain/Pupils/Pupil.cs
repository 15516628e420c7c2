using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.SchoolAttendance.Domain.Pupils;

/// <summary>
/// A pupil as the school registers them: identity number (the most sensitive fact: shown only within the
/// pupil's own case), sex and birth date derived from it for statistics and age limits, the school, its
/// organiser (huvudman) and the home district whose social services respond to reports about the pupil.
/// </summary>
public sealed class Pupil
{
    private Pupil()
    {
    }

    public Pupil(PersonalIdentityNumber number, Guid schoolId, Guid organiserId, string homeDistrictCode, string schoolForm, bool hasProtectedIdentity, string? address)
    {
        if (!SchoolForms.All.Contains(schoolForm))
        {
            throw new BusinessRuleViolationException("School form", $"School form must be one of: {string.Join(", ", SchoolForms.All)}.");
        }

        Id = Guid.NewGuid();
        PersonalIdentityNumber = number.Value;
        Sex = number.Sex;
        BirthDate = number.LatestPossibleBirthDate;
        SchoolId = schoolId;
        OrganiserId = organiserId;
        HomeDistrictCode = homeDistrictCode;
        SchoolForm = schoolForm;
        HasProtectedIdentity = hasProtectedIdentity;
        Address = address;
    }

    public Guid Id { get; private set; }

    /// <summary>The twelve digits; read through <see cref="Number"/> when a rule needs them.</summary>
    public string PersonalIdentityNumber { get; private set; } = string.Empty;

    public Sex Sex { get; private set; }

    /// <summary>The birth date, or the latest possible one when a samordningsnummer leaves it open.</summary>
    public DateOnly BirthDate { get; private set; }

    public Guid SchoolId { get; private set; }

    public Guid OrganiserId { get; private set; }

    public string HomeDistrictCode { get; private set; } = string.Empty;

    public string SchoolForm { get; private set; } = string.Empty;

    /// <summary>Skyddad identitet: address and school are never shown outside the pupil's own case.</summary>
    public bool HasProtectedIdentity { get; private set; }

    public string? Address { get; private set; }

    public PersonalIdentityNumber Number => BuildingBlocks.Domain.Identity.PersonalIdentityNumber.FromStored(PersonalIdentityNumber);

    public bool IsUnder18On(DateOnly date) => Number.AgeOn(date) < 18;
}
