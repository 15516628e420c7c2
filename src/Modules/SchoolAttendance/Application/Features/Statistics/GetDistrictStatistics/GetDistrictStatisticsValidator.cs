using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SchoolAttendance.Application.Features.Statistics.GetDistrictStatistics;

internal sealed class GetDistrictStatisticsValidator : AbstractValidator<GetDistrictStatistics>
{
    public GetDistrictStatisticsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends on or after it starts.");
        RuleFor(q => q.To).WithinQueryRange(q => q.From);
    }
}
