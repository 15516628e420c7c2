namespace Samverkan.Sip.Domain.Plans;

/// <summary>One measure of the plan: who does it (organisation and person), when, and how far it has come.</summary>
public sealed class Measure
{
    private Measure()
    {
    }

    public Measure(string description, Guid responsibleOrganisationId, string responsiblePerson, DateOnly startDate, DateOnly dueDate, string status)
    {
        Id = Guid.NewGuid();
        Description = description;
        ResponsibleOrganisationId = responsibleOrganisationId;
        ResponsiblePerson = responsiblePerson;
        StartDate = startDate;
        DueDate = dueDate;
        Status = status;
    }

    public Guid Id { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public Guid ResponsibleOrganisationId { get; private set; }

    public string ResponsiblePerson { get; private set; } = string.Empty;

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string Status { get; private set; } = MeasureStatuses.Planned;

    /// <summary>The judgement of the measure's effect, at a follow-up or the evaluation.</summary>
    public string? EffectJudgement { get; private set; }

    public void JudgeEffect(string effect) => EffectJudgement = effect;
}
