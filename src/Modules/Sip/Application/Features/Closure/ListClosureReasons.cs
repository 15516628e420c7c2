using Microsoft.Extensions.Options;
using Samverkan.BuildingBlocks.Application.Messaging;

namespace Samverkan.Sip.Application.Features.Closure;

public sealed record ClosureReasonDto(string Code, string Label, bool ChosenByHand);

internal sealed record ListClosureReasons : IQuery<IReadOnlyList<ClosureReasonDto>>;

/// <summary>The closure reasons a plan may be closed with (configuration), and the one the module records itself.</summary>
internal sealed class ListClosureReasonsHandler(IOptions<SipClosureOptions> options) : IQueryHandler<ListClosureReasons, IReadOnlyList<ClosureReasonDto>>
{
    public Task<IReadOnlyList<ClosureReasonDto>> Handle(ListClosureReasons query, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ClosureReasonDto>>(
            [.. options.Value.All.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ClosureReasonDto(r.Key, r.Value, r.Key != Domain.Plans.SipClosureReasons.ConsentWithdrawn))]);
}
