using System.Globalization;
using System.Text;

namespace Samverkan.BuildingBlocks.Application.Calendar;

/// <summary>One meeting as a calendar event; times are instants, written in UTC so no VTIMEZONE is needed.</summary>
public sealed record CalendarEvent(Guid Id, DateTimeOffset Start, DateTimeOffset End, string Summary, string Location, string Description, int Sequence, bool Cancelled);

/// <summary>
/// Writes iCalendar text (RFC 5545): CRLF line ends, TEXT values escaped (3.3.11), and lines folded at 75
/// octets of UTF-8 without splitting a character (3.1). The UID is the meeting id, so a client that imports
/// the invitation and subscribes to the feed sees one event, and SEQUENCE tells it which copy is newer.
/// Shared by every module that offers a calendar (the forums' feeds, SIP meeting invitations): one writer.
/// </summary>
public static class ICalendarText
{
    private const int MaxOctets = 75;

    /// <summary>The calendar text; <paramref name="product"/> names the part of Samverkan in PRODID (e.g. "Operativa samverkansforum").</summary>
    public static string Write(string product, string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Samverkan//" + product + "//SV",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName),
            "X-WR-TIMEZONE:Europe/Stockholm",
        };
        foreach (var e in events)
        {
            lines.AddRange(
            [
                "BEGIN:VEVENT",
                $"UID:{e.Id:D}@samverkan",
                "DTSTAMP:" + Utc(stamp),
                "DTSTART:" + Utc(e.Start),
                "DTEND:" + Utc(e.End),
                "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
                "SUMMARY:" + Escape(e.Summary),
                "LOCATION:" + Escape(e.Location),
                "DESCRIPTION:" + Escape(e.Description),
                "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
            ]);
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        return text.ToString();
    }

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Appends the content line, each physical line at most 75 octets; continuation lines start with a space.</summary>
    public static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space counts
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
