using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.OperativeForums.Contracts;
using Samverkan.OperativeForums.Domain.Directory;

namespace Samverkan.OperativeForums.Application.Features.Directory.RegisterDistrict;

internal sealed record RegisterDistrict(string Code, string Name) : ICommand<string>;

internal sealed class RegisterDistrictHandler(IOperativeForumsDbContext db, TimeProvider time) : ICommandHandler<RegisterDistrict, string>
{
    public async Task<string> Handle(RegisterDistrict command, CancellationToken cancellationToken)
    {
        if (await db.Districts.AnyAsync(d => d.Code == command.Code, cancellationToken))
        {
            throw new ConflictException($"District '{command.Code}' is already registered.");
        }

        db.Districts.Add(new District(command.Code, command.Name.Trim()));
        db.AddIntegrationEvent(new DistrictRegistered { OccurredAt = time.GetUtcNow(), DistrictCode = command.Code, Name = command.Name.Trim() });
        return command.Code;
    }
}
