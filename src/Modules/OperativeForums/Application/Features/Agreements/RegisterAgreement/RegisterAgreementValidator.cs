using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Agreements.RegisterAgreement;

internal sealed class RegisterAgreementValidator : AbstractValidator<RegisterAgreement>
{
    public RegisterAgreementValidator()
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Parties).Must(p => p is not null && p.Distinct().Count() >= 2).WithMessage("An agreement has at least two parties.");
        RuleFor(c => c.RevisionIntervalMonths).InclusiveBetween(1, 60);
    }
}
