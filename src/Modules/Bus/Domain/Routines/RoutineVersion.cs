using Samverkan.BuildingBlocks.Domain;
using Samverkan.Bus.Domain.Deviations;

namespace Samverkan.Bus.Domain.Routines;

/// <summary>
/// One version of a routine in the BUS routines library (issue 15): a local SIP routine or a routine for
/// individual BUS cases, of a group or city-wide (no group). A version is never changed once recorded; a new
/// text is the next version. The current one is the newest version in force on a day. Each version names the
/// parties that agreed it and the date they did.
/// </summary>
public sealed class RoutineVersion
{
    public const string LocalSip = "local-sip";
    public const string IndividualCases = "individual-cases";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string> { LocalSip, IndividualCases };

    private RoutineVersion()
    {
    }

    public RoutineVersion(
        Guid? groupId, string kind, string routineKey, int versionNumber, string title, string text, IReadOnlyCollection<string> agreedBy, DateOnly agreedOn, DateOnly inForceFrom,
        string recordedByUserId)
    {
        if (!Kinds.Contains(kind))
        {
            throw new BusinessRuleViolationException("Kind", $"A routine is one of {string.Join(", ", Kinds)}.");
        }

        if (agreedBy.Count == 0)
        {
            throw new BusinessRuleViolationException("Agreed by", "A routine version names the parties that agreed it.");
        }

        if (inForceFrom < agreedOn)
        {
            throw new BusinessRuleViolationException("In force from", "A routine comes into force on or after the day it was agreed.");
        }

        if (FreeText.HasPersonalIdentityNumber(text) || FreeText.HasPersonalIdentityNumber(title))
        {
            throw new BusinessRuleViolationException("Text", "A routine is about how the parties work: remove the personnummer.");
        }

        Id = Guid.NewGuid();
        GroupId = groupId;
        Kind = kind;
        RoutineKey = routineKey;
        VersionNumber = versionNumber;
        Title = title;
        Text = text;
        AgreedBy = [.. agreedBy.Distinct().Order(StringComparer.Ordinal)];
        AgreedOn = agreedOn;
        InForceFrom = inForceFrom;
        RecordedByUserId = recordedByUserId;
    }

    public Guid Id { get; private set; }

    /// <summary>The group whose routine it is; null for a city-wide routine.</summary>
    public Guid? GroupId { get; private set; }

    public string Kind { get; private set; } = string.Empty;

    /// <summary>The routine's stable key within its group (or city-wide); versions share it.</summary>
    public string RoutineKey { get; private set; } = string.Empty;

    public int VersionNumber { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    /// <summary>The parties (party kinds) that agreed this version.</summary>
    public List<string> AgreedBy { get; private set; } = [];

    public DateOnly AgreedOn { get; private set; }

    public DateOnly InForceFrom { get; private set; }

    public string RecordedByUserId { get; private set; } = string.Empty;
}
