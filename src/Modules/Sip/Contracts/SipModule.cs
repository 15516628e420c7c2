namespace Samverkan.Sip.Contracts;

/// <summary>SIP coordination: coordinated individual plans with consent and follow-up. One name per concept: folder, namespace, schema and route.</summary>
public static class SipModule
{
    public const string Name = "Sip";
    public const string Schema = "sip";
}
