using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.SchoolAttendance.Application.Features.SocialServices.ListIntakes;

internal sealed class ListIntakesValidator : AbstractValidator<ListIntakes>
{
    public ListIntakesValidator() => this.ValidatePaging();
}
