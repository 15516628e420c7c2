namespace Samverkan.BuildingBlocks.Domain.Identity;

public static class Age
{
    /// <summary>
    /// Whole years from a birth date to a date. Someone born on 29 February becomes a year older on 1 March in a
    /// common year, not on 28 February.
    /// </summary>
    public static int On(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return (date.Month, date.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? age - 1 : age;
    }
}
