using FluentValidation;
using Samverkan.OperativeForums.Domain.Forums;

namespace Samverkan.OperativeForums.Application.Features.Forums.CreateForum;

internal sealed class CreateForumValidator : AbstractValidator<CreateForum>
{
    public CreateForumValidator()
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(50);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).Must(ForumKinds.All.Contains).WithMessage($"Kind must be one of: {string.Join(", ", ForumKinds.All)}.");
        RuleFor(c => c.ExpectedMeetingsPerTerm).InclusiveBetween(0, 20);
    }
}
