using System.Text.Json;
using Samverkan.BuildingBlocks.Application.Documentation;
using Samverkan.Sip.Domain.Consents;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Plans;

/// <summary>
/// A measure as the plan holds it; <c>Id</c> names it for progress and effect judgements (empty in versions agreed
/// before measures had ids). <c>OwnPlanReference</c>: the responsible organisation's own plan, e.g. the school's action programme.
/// </summary>
public sealed record MeasureDto(
    Guid Id, string Description, Guid ResponsibleOrganisationId, string ResponsiblePerson, string? ResponsibleUserId, DateOnly StartDate, DateOnly DueDate,
    [property: ValuesOf(typeof(MeasureStatuses))] string Status, DateOnly? ActualStartDate, DateOnly? ActualEndDate, string? FamilyPart, string? OwnPlanReference,
    string? EffectJudgement)
{
    public static MeasureDto Of(Measure m) => new(
        m.Id, m.Description, m.ResponsibleOrganisationId, m.ResponsiblePerson, m.ResponsibleUserId, m.StartDate, m.DueDate, m.Status, m.ActualStartDate, m.ActualEndDate,
        m.FamilyPart, m.OwnPlanReference, m.EffectJudgement);
}

/// <summary>
/// The plan's content, as drafted or as agreed in a version. Parts a consent keeps back from the reader are null
/// (measures empty), and <c>Withheld</c> names them, so a reader can tell "kept back" from "not written yet".
/// </summary>
public sealed record PlanContentDto(
    string? Needs, string? Goals, Guid? OverallResponsibleOrganisationId, DateOnly? FollowUpDate, IReadOnlyList<MeasureDto> Measures, IReadOnlyList<string> Withheld)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PlanContentDto Of(SipPlan plan) => new(
        plan.Needs, plan.Goals, plan.OverallResponsibleOrganisationId, plan.FollowUpDate,
        [.. plan.Measures.Select(MeasureDto.Of)], []);

    public static PlanContentDto Parse(string json) => JsonSerializer.Deserialize<PlanContentDto>(json, Json)!;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What the reader may see of this content: all of it for the holder, the consented parts for others.</summary>
    public PlanContentDto For(Sharing sharing)
    {
        if (!sharing.Allowed)
        {
            return new PlanContentDto(null, null, null, null, [], [.. PlanInformation.All.Where(i => i != PlanInformation.Child).Order()]);
        }

        var withheld = sharing.Excluded.Where(i => i != PlanInformation.Child).Order().ToList();
        return new PlanContentDto(
            sharing.Shows(PlanInformation.Needs) ? Needs : null,
            sharing.Shows(PlanInformation.Goals) ? Goals : null,
            OverallResponsibleOrganisationId,
            FollowUpDate,
            sharing.Shows(PlanInformation.Measures) ? Measures : [],
            withheld);
    }
}
