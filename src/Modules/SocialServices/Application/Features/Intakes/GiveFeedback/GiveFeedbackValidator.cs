using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Intakes.GiveFeedback;

internal sealed class GiveFeedbackValidator : AbstractValidator<GiveFeedback>
{
    public GiveFeedbackValidator() => RuleFor(c => c.Feedback).NotEmpty().MaximumLength(InputBounds.Text);
}
