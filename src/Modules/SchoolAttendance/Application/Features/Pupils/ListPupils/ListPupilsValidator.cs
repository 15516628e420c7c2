using FluentValidation;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.SchoolAttendance.Application.Features.Pupils.ListPupils;

internal sealed class ListPupilsValidator : AbstractValidator<ListPupils>
{
    public ListPupilsValidator() => this.ValidatePaging();
}
