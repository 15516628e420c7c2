using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

internal sealed class ListForumsValidator : AbstractValidator<ListForums>
{
    public ListForumsValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
