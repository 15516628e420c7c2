using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;

internal sealed class RecordMinutesValidator : AbstractValidator<RecordMinutes>
{
    /// <summary>A two-hour meeting has an agenda of ten or twenty items; fifty is the ceiling.</summary>
    public const int MaxItems = 50;

    /// <summary>A consent names the forum's members it covers; a forum has far fewer than fifty.</summary>
    public const int MaxConsentCovers = 50;

    public RecordMinutesValidator()
    {
        RuleFor(c => c.Items.Count).LessThanOrEqualTo(MaxItems).OverridePropertyName("items")
            .WithMessage($"Minutes have at most {MaxItems} items.").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Heading).NotEmpty().MaximumLength(InputBounds.Line);
            item.RuleFor(i => i.Notes).MaximumLength(InputBounds.LongText);
            item.RuleFor(i => i.ChildName).MaximumLength(InputBounds.Name);
            item.RuleFor(i => i.ConsentReference).MaximumLength(InputBounds.Name);
            item.RuleFor(i => i.ConsentCovers).Must(c => c is null || c.Count <= MaxConsentCovers).WithMessage($"consentCovers lists at most {MaxConsentCovers} organisations.");
            item.RuleForEach(i => i.ConsentCovers).NotEmpty();
        });
    }
}
