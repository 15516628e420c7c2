using System.ComponentModel.DataAnnotations;
using Samverkan.BuildingBlocks.Application.Time;

namespace Samverkan.BuildingBlocks.Application.Validation;

/// <summary>
/// A date within InputBounds' window around today (Europe/Stockholm): not before YearsBack, not after YearsAhead.
/// Today comes from the TimeProvider of the validation context's services. A moment (DateTimeOffset) is bounded by
/// its Stockholm date.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class LegalDateAttribute : ValidationAttribute
{
    public static string Description =>
        $"A date from {InputBounds.YearsBack} years before today to {InputBounds.YearsAhead} years after (Europe/Stockholm).";

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        DateOnly date;
        switch (value)
        {
            case DateOnly day:
                date = day;
                break;
            case DateTimeOffset moment:
                // The extreme moments cannot be moved to Stockholm time (they would overflow); their UTC date is as far out of bounds.
                date = moment.UtcDateTime.Year is > 9998 or < 2 ? DateOnly.FromDateTime(moment.UtcDateTime) : StockholmCalendar.ToLocalDate(moment);
                break;
            default:
                return ValidationResult.Success;
        }

        var time = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var today = StockholmCalendar.Today(time);
        return date < InputBounds.EarliestDate(today) || date > InputBounds.LatestDate(today)
            ? new ValidationResult($"The date must lie between {InputBounds.EarliestDate(today):yyyy-MM-dd} and {InputBounds.LatestDate(today):yyyy-MM-dd}.")
            : ValidationResult.Success;
    }
}
