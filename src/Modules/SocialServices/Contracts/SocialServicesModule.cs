namespace Samverkan.SocialServices.Contracts;

/// <summary>
/// Social services' casework of a child (intakes, assessments, investigations, interventions), secret under
/// OSL 26 kap. and so a module of its own (docs/adr/0018). One name per concept: folder, namespace, schema and route.
/// </summary>
public static class SocialServicesModule
{
    public const string Name = "SocialServices";
    public const string Schema = "social_services";
}
