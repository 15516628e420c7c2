using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.OperativeForums.Application.Features.Directory.RegisterDistrict;
using Samverkan.OperativeForums.Application.Features.Directory.RegisterOrganisation;
using Samverkan.OperativeForums.Infrastructure.Persistence;

namespace Samverkan.OperativeForums.Infrastructure.DemoData;

/// <summary>
/// Loads the demo directory through the module's own commands, so other modules receive it through the
/// outbox like any registration. Runs only when Samverkan:SeedDemoData is true and the directory is empty,
/// so a second start reuses the data.
/// </summary>
internal sealed class DemoDirectorySeeder(IServiceScopeFactory scopes) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperativeForumsDbContext>();
        if (await db.Districts.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var (code, name) in DemoDirectory.Districts)
        {
            await mediator.Send(new RegisterDistrict(code, name), cancellationToken);
        }

        foreach (var o in DemoDirectory.Organisations)
        {
            await mediator.Send(new RegisterOrganisation(o.Name, o.Kind, o.Organiser, o.IsIndependent, o.DistrictCodes, o.Id, o.OrganiserId), cancellationToken);
        }
    }
}
