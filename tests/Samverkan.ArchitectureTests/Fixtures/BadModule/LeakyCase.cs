using Microsoft.EntityFrameworkCore;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.BadModule.Domain;

/// <summary>Breaks both rules on purpose: a domain type that uses EF Core and another module's domain.</summary>
public sealed class LeakyCase
{
    public DbContext? Context { get; set; }

    public District? District { get; set; }
}
