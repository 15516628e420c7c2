using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.ListIntakes;

internal sealed class ListIntakesValidator : AbstractValidator<ListIntakes>
{
    public ListIntakesValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
