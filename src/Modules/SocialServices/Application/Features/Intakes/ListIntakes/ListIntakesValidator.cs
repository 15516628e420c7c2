using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.SocialServices.Application.Features.Intakes.ListIntakes;

internal sealed class ListIntakesValidator : AbstractValidator<ListIntakes>
{
    public ListIntakesValidator() => this.ValidatePaging();
}
