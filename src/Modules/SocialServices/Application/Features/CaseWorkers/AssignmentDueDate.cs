using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.SocialServices.Application.Features.Intakes;

namespace Samverkan.SocialServices.Application.Features.CaseWorkers;

/// <summary>
/// When an intake should have its case worker (docs/adr/0019): by the end of the working day it arrived. One
/// received after office hours (from 16:00, as for the protection assessment) or on a weekend, holiday or an eve
/// the offices close on is the next working day's, since no unit manager is there to assign it before then.
/// </summary>
internal static class AssignmentDueDate
{
    /// <summary>Not a law: the unit's own routine, named as the deadline's rule.</summary>
    public const string RuleReference = "Enhetens rutin: handläggare utses senast arbetsdagen aktualiseringen kom in";

    public static DateOnly For(DateTimeOffset receivedAt)
    {
        var local = StockholmCalendar.ToLocalDateTime(receivedAt);
        var day = DateOnly.FromDateTime(local);
        var withinOfficeHours = SwedishWorkingDays.IsWorkingDay(day) && TimeOnly.FromDateTime(local) < LegalDueDates.LateReceiptFrom;
        return withinOfficeHours ? day : SwedishWorkingDays.NextWorkingDayFrom(day.AddDays(1));
    }
}
