using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.OperativeForums.Application.Features.Meetings.ListMeetings;

internal sealed class ListMeetingsValidator : AbstractValidator<ListMeetings>
{
    public ListMeetingsValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The end date 'to' is before the start date 'from'.");
    }
}
