using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.Bus.Application;
using Samverkan.Bus.Contracts;

namespace Samverkan.Bus.Infrastructure.Persistence;

internal sealed class BusDbContext(DbContextOptions<BusDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), IBusDbContext
{
    public override string ModuleName => BusModule.Name;

    public override string Schema => BusModule.Schema;
}
