using Samverkan.BuildingBlocks.Infrastructure.Modules;

namespace Samverkan.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Relays every module's due events until none is left, including those that handling produced. The
/// background relay uses it on each tick; tests call it instead of sleeping.
/// </summary>
public sealed class OutboxDrainer(ModuleRegistry modules, OutboxRelay relay)
{
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int relayed;
        do
        {
            relayed = await RelayRoundAsync(cancellationToken);
            total += relayed;
        }
        while (relayed > 0);

        return total;
    }

    /// <summary>
    /// One batch from each module in turn: a module with thousands of events waiting delays another module's
    /// events by one of its batches, never by its whole backlog (docs/adr/0012).
    /// </summary>
    public async Task<int> RelayRoundAsync(CancellationToken cancellationToken = default)
    {
        var relayed = 0;
        foreach (var module in modules.Modules)
        {
            relayed += await relay.RelayBatchAsync(module, cancellationToken);
        }

        return relayed;
    }
}
