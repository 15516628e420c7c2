namespace Samverkan.BuildingBlocks.Application;

/// <summary>
/// Configuration "Samverkan:PublicBaseUrl": the address people open Samverkan at. Every link that leaves the
/// system (an e-mail, a calendar program's feed address) starts with it rather than with the request's own
/// host, which behind the municipality's proxy is an internal name.
/// </summary>
public sealed class PublicAddress
{
    public const string Section = "Samverkan";

    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    public string Link(string path) => $"{PublicBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";
}
