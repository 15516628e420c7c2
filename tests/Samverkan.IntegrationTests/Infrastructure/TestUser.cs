using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.Host.Security;

namespace Samverkan.IntegrationTests.Infrastructure;

/// <summary>A person in a role for an organisation, covering districts; becomes a signed JWT.</summary>
public sealed record TestUser(string UserName, Guid OrganisationId, string[] Districts, string[] Roles)
{
    public static readonly Guid OstermalmSocialServices = Guid.Parse("a0000000-0000-4000-8000-000000000001");

    public static TestUser Administrator => new("admin.test", OstermalmSocialServices, ["ostermalm"], [Samverkan.BuildingBlocks.Application.Security.Roles.Administrator]);

    public static TestUser SocialWorker => new("socialworker.test", OstermalmSocialServices, ["ostermalm"], [Samverkan.BuildingBlocks.Application.Security.Roles.SocialWorker]);

    public static TestUser FarstaManager => new("manager.farsta.test", Guid.Parse("a0000000-0000-4000-8000-000000000002"), ["farsta"], [Samverkan.BuildingBlocks.Application.Security.Roles.SocialServicesManager]);

    internal DemoUser ToDemoUser() => new()
    {
        UserName = UserName,
        OrganisationId = OrganisationId,
        Districts = [.. Districts],
        Roles = [.. Roles],
    };
}
