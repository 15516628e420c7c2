namespace Samverkan.Host.Security;

/// <summary>A person of the demo data (configuration "DemoUsers"), who can get a development token.</summary>
internal sealed class DemoUser
{
    public string UserName { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public Guid OrganisationId { get; set; }

    public List<string> Districts { get; set; } = [];

    public List<string> Roles { get; set; } = [];
}
