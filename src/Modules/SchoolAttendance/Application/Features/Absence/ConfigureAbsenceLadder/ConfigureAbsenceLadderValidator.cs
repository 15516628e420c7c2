using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SchoolAttendance.Domain.Absence;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;

internal sealed class ConfigureAbsenceLadderValidator : AbstractValidator<ConfigureAbsenceLadder>
{
    public ConfigureAbsenceLadderValidator()
    {
        RuleFor(c => c.Steps).NotEmpty().WithMessage("A ladder has at least one step.");
        RuleForEach(c => c.Steps).ChildRules(step =>
        {
            step.RuleFor(s => s.Name).NotEmpty().MaximumLength(InputBounds.Name);
            step.RuleFor(s => s.Measure).Must(AbsenceMeasures.All.Contains).WithMessage($"Measure must be one of: {string.Join(", ", AbsenceMeasures.All)}.");
            step.RuleFor(s => s.ThresholdPercent).InclusiveBetween(0m, 100m);
            step.RuleFor(s => s.DueWithinDays).InclusiveBetween(0, 365);
            step.RuleFor(s => s.RuleReference).MaximumLength(InputBounds.Line);
        });
    }
}
