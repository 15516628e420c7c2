using FluentValidation;

namespace Samverkan.OperativeForums.Application.Features.Agreements.ListAgreements;

internal sealed class ListAgreementsValidator : AbstractValidator<ListAgreements>
{
    public ListAgreementsValidator() => this.ValidatePaging();
}
