using FluentValidation;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Persistence;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Sip.Application.Access;

namespace Samverkan.Sip.Application.Features.Meetings;

internal sealed record AnswerCall(Guid PlanId, Guid MeetingId, bool Attending, string? Answer) : ICommand<MediatR.Unit>;

/// <summary>An organisation called records its answer: whether it comes, and its answer to the question it was asked.</summary>
internal sealed class AnswerCallHandler(ISipDbContext db, PlanAccess access, TimeProvider time) : ICommandHandler<AnswerCall, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerCall command, CancellationToken cancellationToken)
    {
        var plan = await access.ParticipatingPlanAsync(command.PlanId, cancellationToken);
        var meeting = await db.Meetings.FindAsync([command.MeetingId], cancellationToken);
        if (meeting is null || meeting.PlanId != plan.Id)
        {
            throw new NotFoundException($"No meeting {command.MeetingId} in this SIP.");
        }

        meeting.CallOf(access.Organisation).Reply(command.Attending, command.Answer, time.GetUtcNow());
        db.AddAuditEntry(new AuditRecord("sip", plan.Id, "meeting-answered"));
        return MediatR.Unit.Value;
    }
}

internal sealed class AnswerCallValidator : AbstractValidator<AnswerCall>
{
    public AnswerCallValidator() => RuleFor(c => c.Answer).MaximumLength(InputBounds.Text);
}
