using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

internal sealed class ListForumsValidator : AbstractValidator<ListForums>
{
    public ListForumsValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Search).MaximumLength(InputBounds.Name);
    }
}
