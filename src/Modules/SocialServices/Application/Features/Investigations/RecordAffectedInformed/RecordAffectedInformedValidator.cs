using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SocialServices.Application.Features.Investigations.RecordAffectedInformed;

internal sealed class RecordAffectedInformedValidator : AbstractValidator<RecordAffectedInformed>
{
    public RecordAffectedInformedValidator()
    {
        // A body without the date binds 0001-01-01: NotEmpty makes that a 400 naming informedOn, not a 422.
        RuleFor(c => c.InformedOn).NotEmpty();
        RuleFor(c => c.InformedWho).NotEmpty().WithMessage("Record who was informed, e.g. the guardians and the child.").MaximumLength(InputBounds.ShortText);
        RuleFor(c => c.How).NotEmpty().WithMessage("Record how they were informed, e.g. by letter or a call.").MaximumLength(InputBounds.ShortText);
    }
}
