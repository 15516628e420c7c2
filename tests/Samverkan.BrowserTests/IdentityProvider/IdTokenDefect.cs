namespace Samverkan.BrowserTests.IdentityProvider;

/// <summary>What is wrong with the id_token the test identity provider hands out, if anything.</summary>
public enum IdTokenDefect
{
    None,

    /// <summary>Signed with another RSA key under the published key id, as a forger would.</summary>
    ForeignSignature,

    /// <summary>Issued to another client, as a token meant for another application would be.</summary>
    WrongAudience,
}
