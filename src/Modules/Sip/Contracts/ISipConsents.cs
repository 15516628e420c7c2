namespace Samverkan.Sip.Contracts;

/// <summary>
/// The consent check other modules call (docs/adr/0016): whether an organisation may read a SIP's information
/// today, and what it must not be shown. Other modules ask this instead of reading Sip's tables, so every module
/// applies the same records, and a withdrawal recorded in SIP is refused everywhere from that moment.
/// </summary>
public interface ISipConsents
{
    Task<ConsentAnswer> SharingAsync(Guid planId, Guid organisationId, CancellationToken cancellationToken);
}

/// <summary>
/// Allowed is false when no valid consent covers the organisation (none, not covering it, expired or withdrawn), or
/// the plan does not exist. Excluded names the parts kept back ("child", "needs", "goals", "measures").
/// </summary>
public sealed record ConsentAnswer(bool Allowed, IReadOnlyList<string> Excluded);
