using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Contacts.ListContactPersons;

internal sealed class ListContactPersonsValidator : AbstractValidator<ListContactPersons>
{
    public ListContactPersonsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty();
        this.ValidatePaging();
    }
}
