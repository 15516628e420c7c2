using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;

namespace Samverkan.SchoolAttendance.Application.Features.Reports.SendReportOfConcern;

internal sealed class SendReportOfConcernValidator : AbstractValidator<SendReportOfConcern>
{
    public SendReportOfConcernValidator() =>
        RuleFor(c => c.Observations).NotEmpty().WithMessage("Describe what the school saw.").MaximumLength(InputBounds.LongText);
}
