using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;

internal sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisations>
{
    public ListOrganisationsValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
