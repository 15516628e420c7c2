using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Investigations.ExtendInvestigation;

internal sealed class ExtendInvestigationValidator : AbstractValidator<ExtendInvestigation>
{
    public ExtendInvestigationValidator()
    {
        RuleFor(c => c.NewDueDate).NotEmpty();
        RuleFor(c => c.Reason).NotEmpty().WithMessage("An extension is a decision with its special reason.").MaximumLength(InputBounds.Reason);
    }
}
