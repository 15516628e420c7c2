using Samverkan.BuildingBlocks.Application.Messaging;
using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetings>
{
    public ListMeetingsValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, MeetingSorts.Orders);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date 'to' is before the start date 'from'.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
