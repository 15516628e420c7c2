namespace Samverkan.BuildingBlocks.Application.Security;

/// <summary>Authorisation policy names the Host defines and module endpoints require.</summary>
public static class Policies
{
    public const string Administrator = "administrator";
}
