using Samverkan.Sip.Domain.Plans;

namespace Samverkan.Sip.Application.Features.Closure;

/// <summary>
/// Why a SIP may be closed: a vocabulary kept as data (configuration "Sip:ClosureReasons", code to a Swedish label),
/// so a region's agreement can add or rename reasons without a release. <c>consent-withdrawn</c> is always present:
/// the module records it itself when a consent is withdrawn, and no one chooses it by hand.
/// </summary>
public sealed class SipClosureOptions
{
    public const string Section = "Sip:ClosureReasons";

    // Used when configuration names none. Not an initial value of Reasons: the binder adds to a filled dictionary.
    private static readonly Dictionary<string, string> BuiltIn = new()
    {
        ["goals-reached"] = "Målen är uppnådda",
        ["needs-met-otherwise"] = "Behoven tillgodoses utan samordnad plan",
        ["family-declined"] = "Vårdnadshavare eller barnet avböjer fortsatt SIP",
        ["moved"] = "Familjen har flyttat från området",
        ["child-of-age"] = "Barnet har fyllt 18 år; fortsatt planering i vuxenverksamheten",
    };

    public Dictionary<string, string> Reasons { get; set; } = [];

    /// <summary>Every reason with its label, consent-withdrawn included.</summary>
    public IReadOnlyDictionary<string, string> All
    {
        get
        {
            var all = new Dictionary<string, string>(Reasons.Count > 0 ? Reasons : BuiltIn, StringComparer.Ordinal);
            all[SipClosureReasons.ConsentWithdrawn] = "Samtycket har återkallats; planen är inte längre gemensam";
            return all;
        }
    }

    public string LabelOf(string? code) => code is not null && All.TryGetValue(code, out var label) ? label : code ?? string.Empty;
}
