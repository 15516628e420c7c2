using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Proposals;

internal sealed class ProposePlanValidator : AbstractValidator<ProposePlan>
{
    public ProposePlanValidator()
    {
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(c => c.ChildName).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.ChildSex).Must(ChildSexes.All.Contains).WithMessage($"Sex is one of {string.Join(", ", ChildSexes.All)}.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("A proposal says why a SIP is needed.").MaximumLength(InputBounds.Text);
    }
}
