using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Agreements.RegisterAgreement;

internal sealed class RegisterAgreementValidator : AbstractValidator<RegisterAgreement>
{
    /// <summary>An agreement binds a handful of parties; fifty holds one with every school of a district.</summary>
    public const int MaxParties = 50;

    public RegisterAgreementValidator()
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Parties).Must(p => p is not null && p.Distinct().Count() >= 2).WithMessage("An agreement has at least two parties.");
        RuleFor(c => c.Parties.Count).LessThanOrEqualTo(MaxParties).OverridePropertyName("parties")
            .WithMessage($"An agreement has at most {MaxParties} parties.").When(c => c.Parties is not null);
        RuleFor(c => c.RevisionIntervalMonths).InclusiveBetween(1, 60);
    }
}
