namespace Samverkan.BuildingBlocks.Application.Validation;

/// <summary>
/// Every bound on input, named once (ADR 0015). The API's request records declare them with DataAnnotations
/// (shown in the OpenAPI document, checked by the input-bounds endpoint filter); the commands' validators use the
/// same names, so the admin console and the API refuse the same values.
/// </summary>
public static class InputBounds
{
    /// <summary>Codes and keys: a district code, a kind, a term.</summary>
    public const int Code = 50;

    /// <summary>A person's, an organisation's or a forum's name, a user id, a role, a consent reference.</summary>
    public const int Name = 200;

    /// <summary>One line: a place, an address, a heading, a rule reference.</summary>
    public const int Line = 300;

    /// <summary>A short account: who was informed and how.</summary>
    public const int ShortText = 500;

    /// <summary>The reason of a decision that extends a legal deadline.</summary>
    public const int Reason = 2000;

    /// <summary>Free text: an agenda, a reason, notes, feedback, an agreement revision's note.</summary>
    public const int Text = 4000;

    /// <summary>Long free text: observations in a report of concern, an assessment, minutes' notes.</summary>
    public const int LongText = 8000;

    /// <summary>An e-mail address (RFC 5321's limit).</summary>
    public const int Email = 254;

    /// <summary>A personnummer as written, with century and hyphen (yyyyMMdd-nnnn).</summary>
    public const int PersonalIdentityNumber = 13;

    /// <summary>Entries of one list in a request: attendance, minutes' items, parties, district codes.</summary>
    public const int ListItems = 100;

    /// <summary>Minutes of one absence period: about ten school years of lessons; their sums stay far from int.MaxValue.</summary>
    public const int PeriodMinutes = 1_000_000;

    /// <summary>The highest page number a list answers (page × page size stays an int).</summary>
    public const int MaxPage = 100_000;

    /// <summary>How far back a legal date may lie from today (Europe/Stockholm): older than any pupil.</summary>
    public const int YearsBack = 30;

    /// <summary>How far ahead a date may lie from today: plans, extensions and revisions, not decades ahead.</summary>
    public const int YearsAhead = 5;

    /// <summary>The longest period a query's from/to may span (statistics, audit trail, meetings).</summary>
    public const int QueryRangeYears = 3;

    /// <summary>The first day a date may be, seen from today.</summary>
    public static DateOnly EarliestDate(DateOnly today) => today.AddYears(-YearsBack);

    /// <summary>The last day a date may be, seen from today.</summary>
    public static DateOnly LatestDate(DateOnly today) => today.AddYears(YearsAhead);

    /// <summary>Whether the text holds a control character other than a line break or a tab (NUL included).</summary>
    public static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }
}
