using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Infrastructure.Startup;
using Samverkan.SocialServices.Domain.Staff;
using Samverkan.SocialServices.Infrastructure.Persistence;

namespace Samverkan.SocialServices.Infrastructure.DemoData;

/// <summary>
/// Puts the demo case workers (the social workers of "DemoUsers" in appsettings.Development.json, one unit each)
/// on their unit's roster, so a demo unit manager can assign them at once. Only with Samverkan:SeedDemoData and
/// an empty roster; the demo users stay the one list of who exists.
/// </summary>
internal sealed class DemoCaseWorkerSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time) : IStartupTask
{
    private sealed record DemoUser(string UserName, string Description, Guid OrganisationId, string[] Districts, string[] Roles);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Samverkan:SeedDemoData"))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocialServicesDbContext>();
        if (await db.CaseWorkers.AnyAsync(cancellationToken))
        {
            return;
        }

        var users = configuration.GetSection("DemoUsers").Get<List<DemoUser>>() ?? [];
        foreach (var u in users.Where(u => u.Roles.Contains(Roles.SocialWorker) && u.Districts.Length == 1))
        {
            db.CaseWorkers.Add(CaseWorker.Register(u.UserName, u.Description, u.OrganisationId, u.Districts[0], "demo-data", time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
