namespace Samverkan.Sip.Application.Features.Statistics;

/// <summary>One age band of the statistics: ages From to To inclusive (age on the day of the proposal).</summary>
public sealed class SipAgeBand
{
    public int From { get; set; }

    public int To { get; set; }

    public string Label => $"{From}-{To}";
}

/// <summary>
/// The age bands SIP statistics are split by (Sip:Statistics), labelled with their source: preschool age, the
/// compulsory school's first years and the teenage years; a local choice to be confirmed, not a rule of law.
/// </summary>
public sealed class SipStatisticsOptions
{
    public const string Section = "Sip:Statistics";

    public List<SipAgeBand> AgeBands { get; set; } = [];

    public string AgeBandSource { get; set; } = "Lokalt val, att bekräfta: förskoleålder 0-5, grundskolans låg- och mellanstadium 6-12, tonår 13-17";

    /// <summary>The configured bands, or 0-5, 6-12 and 13-17 when none are configured (a bound list replaces, never appends to, the default).</summary>
    public IReadOnlyList<SipAgeBand> Bands => AgeBands.Count > 0 ? AgeBands : [new() { From = 0, To = 5 }, new() { From = 6, To = 12 }, new() { From = 13, To = 17 }];

    public string BandOf(int age) => Bands.FirstOrDefault(b => b.From <= age && age <= b.To)?.Label ?? "other";
}
