using System.Text;
using NUnit.Framework;
using Samverkan.BuildingBlocks.Application.Calendar;
using Shouldly;

namespace Samverkan.UnitTests.BuildingBlocks;

public sealed class ICalendarTextTests
{
    [Test]
    public void Escape_BackslashSemicolonCommaAndNewlines()
    {
        ICalendarText.Escape("a\\b;c,d\ne\r\nf").ShouldBe("a\\\\b\\;c\\,d\\ne\\nf");
    }

    [Test]
    public void Fold_NeverSplitsACharacter_AndKeepsEveryLineWithin75Octets()
    {
        var output = new StringBuilder();

        ICalendarText.Fold("DESCRIPTION:" + new string('ö', 100), output);

        var lines = output.ToString().Split("\r\n")[..^1];
        lines.ShouldAllBe(line => Encoding.UTF8.GetByteCount(line) <= 75);
        lines.Skip(1).ShouldAllBe(line => line.StartsWith(' '));
        string.Concat(lines.Select((line, i) => i == 0 ? line : line[1..])).ShouldBe("DESCRIPTION:" + new string('ö', 100));
    }

    [Test]
    public void Fold_LeavesAShortLineWhole()
    {
        var output = new StringBuilder();

        ICalendarText.Fold("VERSION:2.0", output);

        output.ToString().ShouldBe("VERSION:2.0\r\n");
    }
}
