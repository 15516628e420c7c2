using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;

internal sealed class RecordMinutesValidator : AbstractValidator<RecordMinutes>
{
    /// <summary>A two-hour meeting has an agenda of ten or twenty items; fifty is the ceiling.</summary>
    public const int MaxItems = 50;

    public RecordMinutesValidator()
    {
        RuleFor(c => c.Items.Count).LessThanOrEqualTo(MaxItems).OverridePropertyName("items")
            .WithMessage($"Minutes have at most {MaxItems} items.").When(c => c.Items is not null);
        RuleForEach(c => c.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Heading).NotEmpty().MaximumLength(300);
            item.RuleFor(i => i.Notes).MaximumLength(8000);
            item.RuleFor(i => i.ChildName).MaximumLength(200);
            item.RuleFor(i => i.ConsentReference).MaximumLength(200);
            item.RuleFor(i => i.ConsentCovers).Must(c => c is null || c.Count <= 50).WithMessage("consentCovers lists at most 50 organisations.");
            item.RuleForEach(i => i.ConsentCovers).NotEmpty();
        });
    }
}
