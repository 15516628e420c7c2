namespace Samverkan.BuildingBlocks.Application.Messaging;

/// <summary>One page of a list; every list endpoint pages, so no client can ask for a whole table.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount);

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
}
