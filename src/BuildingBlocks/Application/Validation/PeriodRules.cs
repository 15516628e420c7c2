using FluentValidation;

namespace Samverkan.BuildingBlocks.Application.Validation;

/// <summary>The span every query period shares: 'from' to 'to' at most InputBounds.QueryRangeYears apart.</summary>
public static class PeriodRules
{
    public static string TooLongMessage => $"A period covers at most {InputBounds.QueryRangeYears} years.";

    public static IRuleBuilderOptions<T, DateOnly?> WithinQueryRange<T>(this IRuleBuilder<T, DateOnly?> to, Func<T, DateOnly?> from) =>
        to.Must((query, end) => end is null || from(query) is not { } start || IsShortEnough(start, end.Value)).WithMessage(TooLongMessage);

    public static IRuleBuilderOptions<T, DateOnly> WithinQueryRange<T>(this IRuleBuilder<T, DateOnly> to, Func<T, DateOnly> from) =>
        to.Must((query, end) => IsShortEnough(from(query), end)).WithMessage(TooLongMessage);

    private static bool IsShortEnough(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber <= InputBounds.QueryRangeYears * 366;
}
