using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Forums.ListForums;

internal sealed class ListForumsValidator : AbstractValidator<ListForums>
{
    public ListForumsValidator()
    {
        this.ValidatePaging();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
