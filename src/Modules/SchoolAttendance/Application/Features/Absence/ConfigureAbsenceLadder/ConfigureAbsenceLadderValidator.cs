using FluentValidation;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SchoolAttendance.Domain.Absence;

namespace Samverkan.SchoolAttendance.Application.Features.Absence.ConfigureAbsenceLadder;

internal sealed class ConfigureAbsenceLadderValidator : AbstractValidator<ConfigureAbsenceLadder>
{
    /// <summary>
    /// Real ladders (frånvarotrappor) have 3-6 steps; ten leaves room for a finer local one. Each step reached
    /// writes a step, a deadline and two events, so the ladder bounds what one absence period writes.
    /// </summary>
    public const int MaxSteps = 10;

    public ConfigureAbsenceLadderValidator()
    {
        RuleFor(c => c.Steps).NotEmpty().WithMessage("A ladder has at least one step.");
        RuleFor(c => c.Steps.Count).LessThanOrEqualTo(MaxSteps).OverridePropertyName("steps")
            .WithMessage($"A ladder has at most {MaxSteps} steps.").When(c => c.Steps is not null);
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
