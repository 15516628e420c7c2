using MediatR;
using Samverkan.BuildingBlocks.Application.Time;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;

namespace Samverkan.BuildingBlocks.Infrastructure.Deadlines;

/// <summary>
/// The scheduled check of one module's deadlines (docs/adr/0006). One job per module, so a slow module never
/// delays another's check.
/// </summary>
public sealed record CheckDeadlines<TDbContext> : IRequest<Unit>
    where TDbContext : ModuleDbContext;

internal sealed class CheckDeadlinesHandler<TDbContext>(DeadlineChecker<TDbContext> checker, TimeProvider time)
    : IRequestHandler<CheckDeadlines<TDbContext>, Unit>
    where TDbContext : ModuleDbContext
{
    public async Task<Unit> Handle(CheckDeadlines<TDbContext> request, CancellationToken cancellationToken)
    {
        await checker.BreachOverdueAsync(StockholmCalendar.Today(time), cancellationToken);
        return Unit.Value;
    }
}
