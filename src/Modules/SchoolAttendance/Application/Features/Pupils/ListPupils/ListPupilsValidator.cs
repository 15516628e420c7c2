using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;

internal sealed class ListPupilsValidator : AbstractValidator<ListPupils>
{
    public ListPupilsValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
