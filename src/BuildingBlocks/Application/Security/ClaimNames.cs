namespace Samverkan.BuildingBlocks.Application.Security;

/// <summary>The claims Samverkan reads from a token; one name per fact.</summary>
public static class ClaimNames
{
    public const string UserId = "sub";
    public const string Organisation = "org";
    public const string District = "district";
    public const string Role = "role";
}
