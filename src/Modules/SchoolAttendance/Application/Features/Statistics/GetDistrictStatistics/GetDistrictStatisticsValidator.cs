using FluentValidation;

namespace Samverkan.SchoolAttendance.Application.Features.Statistics.GetDistrictStatistics;

internal sealed class GetDistrictStatisticsValidator : AbstractValidator<GetDistrictStatistics>
{
    public GetDistrictStatisticsValidator()
    {
        RuleFor(q => q.DistrictCode).NotEmpty().MaximumLength(50);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends on or after it starts.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber <= 3 * 366).WithMessage("A period covers at most three years.");
    }
}
