using System.Globalization;

namespace Samverkan.BuildingBlocks.Domain.Identity;

/// <summary>
/// A Swedish personnummer or samordningsnummer (domain.md, "Identity"): YYMMDD-NNNC or YYYYMMDDNNNC, check
/// digit by the Luhn rule over the ten-digit form, odd ninth digit = male. A samordningsnummer adds 60 to the
/// day, and its month or day may be 00 when Skatteverket did not know them. It is the most sensitive
/// identifier a pupil has: ToString never shows it, so it cannot slip into a log line or an exception text.
/// </summary>
public sealed class PersonalIdentityNumber : IEquatable<PersonalIdentityNumber>
{
    public const string Rule = "Personal identity number";

    private PersonalIdentityNumber(string value, bool isCoordinationNumber, DateOnly? birthDate, int birthYear, int? birthMonth)
    {
        Value = value;
        IsCoordinationNumber = isCoordinationNumber;
        BirthDate = birthDate;
        BirthYear = birthYear;
        BirthMonth = birthMonth;
    }

    /// <summary>The twelve digits YYYYMMDDNNNC, as stored.</summary>
    public string Value { get; }

    /// <summary>True for a samordningsnummer (day + 60).</summary>
    public bool IsCoordinationNumber { get; }

    /// <summary>The birth date, or null when a samordningsnummer has month or day 00.</summary>
    public DateOnly? BirthDate { get; }

    public int BirthYear { get; }

    public int? BirthMonth { get; }

    /// <summary>From the ninth digit of the ten-digit form (the third of the serial number): odd male, even female.</summary>
    public Sex Sex => (Value[10] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>
    /// The latest date the person can have been born on: their birth date, or the end of the month or year a
    /// samordningsnummer leaves open. Age limits use it, so an unknown day never makes a child older.
    /// </summary>
    public DateOnly LatestPossibleBirthDate => BirthDate
        ?? (BirthMonth is { } month
            ? new DateOnly(BirthYear, month, DateTime.DaysInMonth(BirthYear, month))
            : new DateOnly(BirthYear, 12, 31));

    /// <summary>
    /// Age in whole years on the given date (the latest possible birth date when the day is unknown). Someone
    /// born on 29 February becomes a year older on 1 March in a common year, not on 28 February.
    /// </summary>
    public int AgeOn(DateOnly date) => Age.On(LatestPossibleBirthDate, date);

    public static bool TryParse(string? input, DateOnly today, out PersonalIdentityNumber? number, out string? error)
    {
        number = null;
        error = Validate(input, today, ref number);
        return error is null;
    }

    /// <summary>Parses or throws a rule violation that says what is wrong (never echoing the number).</summary>
    public static PersonalIdentityNumber Parse(string? input, DateOnly today) =>
        TryParse(input, today, out var number, out var error) ? number! : throw new BusinessRuleViolationException(Rule, error!);

    /// <summary>Rebuilds a stored twelve-digit value (already validated when it was stored).</summary>
    public static PersonalIdentityNumber FromStored(string twelveDigits) =>
        Parse(twelveDigits, new DateOnly(9999, 12, 31));

    private static string? Validate(string? input, DateOnly today, ref PersonalIdentityNumber? number)
    {
        var text = (input ?? string.Empty).Trim();
        var separator = text.Length is 11 or 13 ? text[^5] : (char?)null;
        if (separator is not null && separator != '-' && separator != '+')
        {
            return "The separator before the last four digits must be '-' or '+'.";
        }

        var digits = separator is null ? text : text.Remove(text.Length - 5, 1);
        if (digits.Length is not (10 or 12) || !digits.All(char.IsAsciiDigit))
        {
            return "A personal identity number has 10 or 12 digits (YYMMDD-NNNC or YYYYMMDD-NNNC).";
        }

        var tenDigits = digits[^10..];
        if (!HasValidCheckDigit(tenDigits))
        {
            return "The check digit (the last digit) is wrong.";
        }

        var year = digits.Length == 12 ? Number(digits, 0, 4) : CenturyFor(Number(tenDigits, 0, 2), separator == '+', today);
        var month = Number(tenDigits, 2, 2);
        var day = Number(tenDigits, 4, 2);
        var coordination = day >= 60;
        if (coordination)
        {
            day -= 60;
        }

        if (year < 1800)
        {
            return "The year must be 1800 or later.";
        }

        if (month > 12 || (month == 0 && !coordination))
        {
            return "The month must be 01-12 (00 only in a samordningsnummer).";
        }

        if (day == 0 && !coordination)
        {
            return "The day must be 01-31 (a samordningsnummer adds 60 and may have day 60 when the day is unknown).";
        }

        if (day > 31)
        {
            return "The day must be at most 31 (91 in a samordningsnummer).";
        }

        // A ten-digit number of someone born later this year than today belongs to the previous century.
        if (digits.Length == 10 && (month, Math.Max(day, 1)).CompareTo((today.Month, today.Day)) > 0 && year == today.Year)
        {
            year -= 100;
        }

        if (month != 0 && day > DateTime.DaysInMonth(year, month))
        {
            return "The date does not exist (check the day, the month and leap years).";
        }

        DateOnly? birthDate = month != 0 && day != 0 ? new DateOnly(year, month, day) : null;
        if (year > today.Year || (birthDate is { } born && born > today))
        {
            return "The birth date lies in the future.";
        }

        number = new PersonalIdentityNumber(
            string.Create(CultureInfo.InvariantCulture, $"{year:D4}{tenDigits[2..]}"), coordination, birthDate, year, month == 0 ? null : month);
        return null;
    }

    // A ten-digit number names the century by its separator: '-' under 100 years old, '+' 100 or older.
    private static int CenturyFor(int twoDigitYear, bool hundredOrOlder, DateOnly today)
    {
        var year = today.Year - ((today.Year - twoDigitYear) % 100 + 100) % 100;
        return hundredOrOlder ? year - 100 : year;
    }

    private static bool HasValidCheckDigit(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - sum % 10) % 10 == tenDigits[9] - '0';
    }

    private static int Number(string digits, int start, int length) =>
        int.Parse(digits.AsSpan(start, length), NumberStyles.None, CultureInfo.InvariantCulture);

    public bool Equals(PersonalIdentityNumber? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as PersonalIdentityNumber);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => "[personal identity number]";
}

public enum Sex
{
    Female,
    Male,
}
