using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.RecordMinutes;

internal sealed class RecordMinutesValidator : AbstractValidator<RecordMinutes>
{
    public RecordMinutesValidator() =>
        RuleForEach(c => c.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Heading).NotEmpty().MaximumLength(InputBounds.Line);
            item.RuleFor(i => i.Notes).MaximumLength(InputBounds.LongText);
            item.RuleFor(i => i.ChildName).MaximumLength(InputBounds.Name);
            item.RuleFor(i => i.ConsentReference).MaximumLength(InputBounds.Name);
        });
}
