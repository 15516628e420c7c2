namespace Samverkan.SocialServices.Domain.Staff;

/// <summary>
/// A case worker (socialsekreterare) of one unit: a social services organisation in one district. Tokens say
/// who is calling, never who else exists, so the unit manager keeps this roster and only people on it can be
/// assigned a case of the unit.
/// </summary>
public sealed class CaseWorker
{
    private CaseWorker()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The person's user id, as their token's <c>sub</c> carries it.</summary>
    public string UserId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public Guid OrganisationId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = string.Empty;

    public static CaseWorker Register(string userId, string name, Guid organisationId, string districtCode, string registeredBy, DateTimeOffset now) =>
        new()
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            OrganisationId = organisationId,
            DistrictCode = districtCode,
            RegisteredAt = now,
            RegisteredBy = registeredBy,
        };
}
