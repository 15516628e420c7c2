namespace Samverkan.Sip.Domain.Plans;

/// <summary>
/// An agreed version of a plan, kept unchanged: the content as every organiser approved it, as JSON. A change to
/// the plan afterwards is a new draft, agreed again as the next version; this row is never updated.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion()
    {
    }

    public PlanVersion(Guid planId, int number, DateOnly agreedOn, string content, List<Guid> approvedBy)
    {
        Id = Guid.NewGuid();
        PlanId = planId;
        Number = number;
        AgreedOn = agreedOn;
        Content = content;
        ApprovedBy = approvedBy;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public int Number { get; private set; }

    public DateOnly AgreedOn { get; private set; }

    public string Content { get; private set; } = string.Empty;

    public List<Guid> ApprovedBy { get; private set; } = [];
}
