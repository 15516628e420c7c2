using Samverkan.BuildingBlocks.Domain;

namespace Samverkan.Sip.Domain.Plans;

/// <summary>
/// One measure of the plan: who does it (organisation, person and, when known, the person's user id, whom the
/// reminders reach), when it is planned and when it actually started and ended, its status, the family's own part,
/// and at follow-up a judgement of its effect. A measure of an organisation other than the municipality and the
/// region (a school, say) may refer to that organisation's own plan, e.g. the school's action programme.
/// </summary>
public sealed class Measure
{
    private Measure()
    {
    }

    public Measure(MeasureContent content)
    {
        Id = Guid.NewGuid();
        Write(content);
    }

    public Guid Id { get; private set; }

    /// <summary>Where the measure stands in the plan (0 first): the plan lists its measures in the order they were written.</summary>
    public int Position { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; private set; }

    public string ResponsiblePerson { get; private set; } = string.Empty;

    /// <summary>The responsible person's user id, so the measure's deadline reminds that person; null: the organisation.</summary>
    public string? ResponsibleUserId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string Status { get; private set; } = MeasureStatuses.Planned;

    public DateOnly? ActualStartDate { get; private set; }

    public DateOnly? ActualEndDate { get; private set; }

    /// <summary>What the child and the family themselves do, in their words.</summary>
    public string? FamilyPart { get; private set; }

    /// <summary>A reference to the responsible organisation's own plan (the school's action programme, "åtgärdsprogram").</summary>
    public string? OwnPlanReference { get; private set; }

    /// <summary>The judgement of the measure's effect, at a follow-up or the evaluation.</summary>
    public string? EffectJudgement { get; private set; }

    public bool IsFinished => Status is MeasureStatuses.Delivered or MeasureStatuses.Cancelled;

    /// <summary>Delivered by its due date (the statistics' "measures delivered on time").</summary>
    public bool DeliveredOnTime => Status == MeasureStatuses.Delivered && ActualEndDate is { } end && end <= DueDate;

    /// <summary>The draft's content of the measure; progress and effect are kept.</summary>
    public void Write(MeasureContent content)
    {
        if (content.DueDate < content.StartDate)
        {
            throw new BusinessRuleViolationException("Measure dates", $"The measure '{content.Description}' is due before it starts.");
        }

        Description = content.Description;
        ResponsibleOrganisationId = content.ResponsibleOrganisationId;
        ResponsiblePerson = content.ResponsiblePerson;
        ResponsibleUserId = content.ResponsibleUserId;
        StartDate = content.StartDate;
        DueDate = content.DueDate;
        FamilyPart = content.FamilyPart;
        OwnPlanReference = content.OwnPlanReference;
        Record(content.Status, content.ActualStartDate ?? ActualStartDate, content.ActualEndDate ?? ActualEndDate);
    }

    /// <summary>How far the measure has come: status and actual dates. A delivered measure has ended; an end needs a start.</summary>
    public void Record(string status, DateOnly? actualStart, DateOnly? actualEnd)
    {
        if (actualEnd is not null && actualStart is null)
        {
            throw new BusinessRuleViolationException("Measure actual dates", $"The measure '{Description}' cannot have ended without having started.");
        }

        if (actualEnd < actualStart)
        {
            throw new BusinessRuleViolationException("Measure actual dates", $"The measure '{Description}' ends before it started.");
        }

        if (status == MeasureStatuses.Delivered && actualEnd is null)
        {
            throw new BusinessRuleViolationException("Delivered measure ended", $"A delivered measure records when it actually ended ('{Description}').");
        }

        Status = status;
        ActualStartDate = actualStart;
        ActualEndDate = actualEnd;
    }

    public void JudgeEffect(string effect) => EffectJudgement = effect;

    internal void PlaceAt(int position) => Position = position;
}

/// <summary>A measure as a draft writes it.</summary>
public sealed record MeasureContent(
    string Description, Guid ResponsibleOrganisationId, string ResponsiblePerson, string? ResponsibleUserId, DateOnly StartDate, DateOnly DueDate, string Status,
    DateOnly? ActualStartDate, DateOnly? ActualEndDate, string? FamilyPart, string? OwnPlanReference);
