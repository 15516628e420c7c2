using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

internal sealed class ListForumsValidator : AbstractValidator<ListForums>
{
    public ListForumsValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, ForumSorts.Orders);
        RuleFor(q => q.Search).MaximumLength(InputBounds.Name);
    }
}
