using FluentValidation;

namespace Samverkan.SocialServices.Application.Features.Interventions.RecordFollowUp;

internal sealed class RecordFollowUpValidator : AbstractValidator<RecordFollowUp>
{
    // A body without the date binds to 0001-01-01; name the missing field instead of judging that date.
    public RecordFollowUpValidator() =>
        RuleFor(c => c.HeldOn).NotEmpty().WithMessage("The date the follow-up was held.");
}
