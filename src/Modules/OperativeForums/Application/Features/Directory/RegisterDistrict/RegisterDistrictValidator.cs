using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterDistrict;

internal sealed class RegisterDistrictValidator : AbstractValidator<RegisterDistrict>
{
    public RegisterDistrictValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(InputBounds.Code).Matches("^[a-z0-9-]+$")
            .WithMessage("A district code is lower-case letters a-z, digits or hyphens, e.g. 'ostermalm'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
    }
}
