using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.PlanMeeting;

internal sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(c => c.Place).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Agenda).MaximumLength(4000);
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).WithMessage("The meeting must end after it starts.");
    }
}
