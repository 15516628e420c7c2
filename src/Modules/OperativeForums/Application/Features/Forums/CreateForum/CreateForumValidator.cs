using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Forums.CreateForum;

internal sealed class CreateForumValidator : AbstractValidator<CreateForum>
{
    public CreateForumValidator()
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.Kind).Must(ForumKinds.All.Contains).WithMessage($"Kind must be one of: {string.Join(", ", ForumKinds.All)}.");
        RuleFor(c => c.ExpectedMeetingsPerTerm).InclusiveBetween(0, 20);
    }
}
