namespace Samverkan.SchoolAttendance.Domain.Rules;

/// <summary>
/// One legal rule as data (domain.md, "Rules as data"): its reference in the law in force (new SoL with the old
/// SoL in brackets, or Skollagen) and the day it applies from, so a change of law is a new row, not new code.
/// </summary>
public sealed record LegalRule(string Key, string Reference, DateOnly AppliesFrom, string Summary);
