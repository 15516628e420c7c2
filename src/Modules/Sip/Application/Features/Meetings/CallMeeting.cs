using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain;
using Samverkan.Sip.Application.Access;
using Samverkan.Sip.Application.Features.Plans;
using Samverkan.Sip.Contracts;
using Samverkan.Sip.Domain.Meetings;

namespace Samverkan.Sip.Application.Features.Meetings;

/// <summary>One organisation called, and the question it is asked to answer.</summary>
public sealed record CallInput(Guid OrganisationId, string Question);

internal sealed record CallMeeting(
    Guid PlanId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string Form, string? Place, string? JoinInformation, string Question, IReadOnlyList<CallInput> Calls) : ICommand<Guid>;

/// <summary>
/// The convener calls a SIP meeting: a summons to each organiser and an invitation to each other organisation called
/// (school, preschool, police), each naming the question it is asked to answer. Only organisations taking part are
/// called (add one first); the meeting's own question says what the meeting is to answer.
/// </summary>
internal sealed class CallMeetingHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<CallMeeting, Guid>
{
    public async Task<Guid> Handle(CallMeeting command, CancellationToken cancellationToken)
    {
        var plan = await access.HeldPlanAsync(command.PlanId, cancellationToken);
        if (plan.IsClosed)
        {
            throw new BusinessRuleViolationException("Plan open", "The plan is closed; no meeting is called for it.");
        }

        if (command.Calls.FirstOrDefault(c => !plan.TakesPart(c.OrganisationId)) is { } outsider)
        {
            throw new BusinessRuleViolationException("Called organisation takes part", $"Organisation {outsider.OrganisationId} does not take part in the plan; add it first.");
        }

        var organisers = plan.Organisers.ToHashSet();
        var meeting = SipMeeting.Call(
            plan.Id, command.Date, command.StartsAt, command.EndsAt, command.Form, command.Place, command.JoinInformation, command.Question,
            command.Calls.Select(c => new MeetingCall(c.OrganisationId, organisers.Contains(c.OrganisationId), c.Question)), time.GetUtcNow());
        db.Meetings.Add(meeting);
        db.RequireUnchangedUntilSaved(plan);
        db.AddIntegrationEvent(new SipMeetingCalled
        {
            PlanId = plan.Id, MeetingId = meeting.Id, DistrictCode = plan.DistrictCode, Date = meeting.Date,
            CalledOrganisationIds = [.. meeting.Calls.Select(c => c.OrganisationId)], OccurredAt = time.GetUtcNow(),
        });
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "meeting-called"));
        return meeting.Id;
    }
}

internal sealed class CallMeetingValidator : AbstractValidator<CallMeeting>
{
    public CallMeetingValidator()
    {
        RuleFor(c => c.Form).Must(MeetingForms.All.Contains).WithMessage($"A meeting is held {string.Join(" or ", MeetingForms.All)}.");
        RuleFor(c => c.Place).MaximumLength(InputBounds.Line);
        RuleFor(c => c.JoinInformation).MaximumLength(InputBounds.ShortText);
        RuleFor(c => c.Question).NotEmpty().WithMessage("Name the question the meeting is to answer.").MaximumLength(InputBounds.Text);
        RuleFor(c => c.Calls).NotEmpty().WithMessage("Call at least one organisation.")
            .Must(c => c.Count <= SipBounds.Organisations).WithMessage($"At most {SipBounds.Organisations} organisations.");
        RuleForEach(c => c.Calls).ChildRules(call =>
        {
            call.RuleFor(x => x.OrganisationId).NotEmpty();
            call.RuleFor(x => x.Question).NotEmpty().WithMessage("Each summons and invitation names the question the organisation is asked to answer.").MaximumLength(InputBounds.Text);
        });
    }
}
