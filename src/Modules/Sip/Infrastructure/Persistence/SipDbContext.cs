using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Infrastructure.Persistence;
using Samverkan.Sip.Application;
using Samverkan.Sip.Contracts;

namespace Samverkan.Sip.Infrastructure.Persistence;

internal sealed class SipDbContext(DbContextOptions<SipDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies), ISipDbContext
{
    public override string ModuleName => SipModule.Name;

    public override string Schema => SipModule.Schema;
}
