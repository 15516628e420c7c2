using System.Text.Json.Serialization;

namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>
/// One page of a list; every list endpoint pages, so no client can ask for a whole table. The page number goes
/// out as "page", the name it comes in under (C# does not allow a member named like its type).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, [property: JsonPropertyName("page")] int PageNumber, int PageSize, int TotalCount);

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}
