using Samverkan.BuildingBlocks.Application.Messaging;
using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Directory.ListOrganisations;

internal sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisations>
{
    public ListOrganisationsValidator()
    {
        this.ValidatePaging();
        this.ValidateSort(q => q.Sort, OrganisationSorts.Orders);
    }
}
