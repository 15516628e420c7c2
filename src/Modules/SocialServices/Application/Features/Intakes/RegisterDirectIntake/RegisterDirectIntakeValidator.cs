using FluentValidation;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.BuildingBlocks.Domain.Identity;
using Samverkan.SocialServices.Domain.Cases;

namespace Samverkan.SocialServices.Application.Features.Intakes.RegisterDirectIntake;

internal sealed class RegisterDirectIntakeValidator : AbstractValidator<RegisterDirectIntake>
{
    public RegisterDirectIntakeValidator(TimeProvider time)
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.ReceivedAt)
            .Must(at => at <= time.GetUtcNow()).WithMessage("A report is registered after it was received: the receipt cannot lie in the future.")
            .Must((c, at) => !(BirthDate(c, time) is { } born && StockholmCalendar.ToLocalDate(at) < born))
            .WithMessage("The report cannot have been received before the child was born.");
        RuleFor(c => c.Channel).Must(IntakeChannels.All.Contains).WithMessage($"Channel must be one of: {string.Join(", ", IntakeChannels.All)}.");
        RuleFor(c => c.ReporterKind).Must(ReporterKinds.All.Contains).WithMessage($"Reporter kind must be one of: {string.Join(", ", ReporterKinds.All)}.");
        RuleFor(c => c.ReporterOrganisationName).MaximumLength(InputBounds.Name);
        RuleFor(c => c.ContactName).MaximumLength(InputBounds.Name);
        RuleFor(c => c.ContactPhone).MaximumLength(InputBounds.Code);
        RuleFor(c => c.ContactEmail).MaximumLength(InputBounds.Email).EmailAddress().When(c => !string.IsNullOrEmpty(c.ContactEmail));
        RuleFor(c => c.ChildIdentityNumber).MaximumLength(InputBounds.PersonalIdentityNumber);
        RuleFor(c => c.ChildDescription).MaximumLength(InputBounds.ShortText);
        // An anonymous report stays anonymous: nothing that could name the caller is stored.
        When(c => c.ReporterKind == ReporterKinds.Anonymous, () =>
        {
            RuleFor(c => c.ContactName).Empty().WithMessage("An anonymous report has no contact details.");
            RuleFor(c => c.ContactPhone).Empty().WithMessage("An anonymous report has no contact details.");
            RuleFor(c => c.ContactEmail).Empty().WithMessage("An anonymous report has no contact details.");
            RuleFor(c => c.ReporterOrganisationName).Empty().WithMessage("An anonymous report names no organisation.");
        });
    }

    // Only a number that parses says when the child was born; a malformed one is refused by the handler (422).
    private static DateOnly? BirthDate(RegisterDirectIntake command, TimeProvider time) =>
        PersonalIdentityNumber.TryParse(command.ChildIdentityNumber, StockholmCalendar.Today(time), out var number, out _) ? number!.BirthDate : null;
}
