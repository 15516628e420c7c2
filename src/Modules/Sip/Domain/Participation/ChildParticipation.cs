using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Participation;

/// <summary>How the child took part (a child-rights-based SIP, seed 002); one occasion may combine several.</summary>
public static class ParticipationWays
{
    public const string Present = "present";
    public const string ByPhone = "by-phone";
    public const string ThroughRepresentative = "through-representative";
    public const string WrittenStatement = "written-statement";
    public const string DrawnStatement = "drawn-statement";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Present, ByPhone, ThroughRepresentative, WrittenStatement, DrawnStatement };
}

/// <summary>
/// The child's participation on one occasion of the plan (a meeting, or the plan's work without one): how the child
/// took part, through whom when represented, and the adaptations made so the child could take part.
/// </summary>
public sealed class ChildParticipation
{
    private ChildParticipation()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid? MeetingId { get; private set; }

    public DateOnly TookPartOn { get; private set; }

    public List<string> Ways { get; private set; } = [];

    /// <summary>Who spoke for the child (e.g. "mamma", "skolkurator"); required when the child took part through a representative.</summary>
    public string? Representative { get; private set; }

    /// <summary>What was adapted so the child could take part (a shorter meeting, a known room, pictures).</summary>
    public string? Adaptations { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static ChildParticipation Record(
        Guid planId, Guid? meetingId, DateOnly tookPartOn, IEnumerable<string> ways, string? representative, string? adaptations, DateTimeOffset now)
    {
        var list = ways.Distinct().ToList();
        if (list.Count == 0)
        {
            throw new BusinessRuleViolationException("How the child took part", "Say how the child took part.");
        }

        if (list.Contains(ParticipationWays.ThroughRepresentative) && string.IsNullOrWhiteSpace(representative))
        {
            throw new BusinessRuleViolationException("Representative named", "A child taking part through a representative has the representative named.");
        }

        return new ChildParticipation
        {
            Id = Guid.NewGuid(), PlanId = planId, MeetingId = meetingId, TookPartOn = tookPartOn, Ways = list, Representative = representative, Adaptations = adaptations,
            RecordedAt = now,
        };
    }
}

/// <summary>
/// The family's optional short feedback on a plan: two answers on a scale of 1 to 5 (were you listened to; did the
/// plan help). Kept with the plan's district and month only for counting: it is reported in aggregate, never per
/// plan, and holds no free text that could tell who gave it. One per plan.
/// </summary>
public sealed class FamilyFeedback
{
    public const int ScaleMax = 5;

    private FamilyFeedback()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Only for one feedback per plan; never read out.</summary>
    public Guid PlanId { get; private set; }

    public string DistrictCode { get; private set; } = string.Empty;

    public DateOnly GivenOn { get; private set; }

    public int ListenedTo { get; private set; }

    public int Helped { get; private set; }

    public static FamilyFeedback Give(Guid planId, string districtCode, DateOnly givenOn, int listenedTo, int helped)
    {
        if (listenedTo is < 1 or > ScaleMax || helped is < 1 or > ScaleMax)
        {
            throw new BusinessRuleViolationException("Feedback scale", $"Each answer is from 1 to {ScaleMax}.");
        }

        return new FamilyFeedback { Id = Guid.NewGuid(), PlanId = planId, DistrictCode = districtCode, GivenOn = givenOn, ListenedTo = listenedTo, Helped = helped };
    }
}
