using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.Bus.Application.Features.Groups.CreateGroup;

internal sealed class CreateGroupValidator : AbstractValidator<CreateGroup>
{
    public CreateGroupValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Areas).NotEmpty().WithMessage("A BUS group covers at least one area.");
        RuleForEach(c => c.Areas).SetValidator(new AreaInputValidator());
    }
}

internal sealed class AreaInputValidator : AbstractValidator<AreaInput>
{
    public AreaInputValidator()
    {
        RuleFor(a => a.Kind).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(a => a.Code).NotEmpty().MaximumLength(InputBounds.Code);
    }
}
