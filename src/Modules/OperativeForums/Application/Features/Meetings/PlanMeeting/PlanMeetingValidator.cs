using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.PlanMeeting;

internal sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(c => c.Place).NotEmpty().MaximumLength(InputBounds.Line);
        RuleFor(c => c.Agenda).MaximumLength(InputBounds.Text);
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).WithMessage("The meeting must end after it starts.");
    }
}
