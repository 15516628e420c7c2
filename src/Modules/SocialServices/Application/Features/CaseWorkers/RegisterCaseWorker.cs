using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samverkan.BuildingBlocks.Application.Errors;
using Samverkan.BuildingBlocks.Application.Messaging;
using Samverkan.BuildingBlocks.Application.Security;
using Samverkan.BuildingBlocks.Application.Validation;
using Samverkan.SocialServices.Application.Access;
using Samverkan.SocialServices.Domain.Staff;

namespace Samverkan.SocialServices.Application.Features.CaseWorkers;

/// <summary>A unit manager puts a person on the roster of their unit (their organisation, in one district they cover).</summary>
internal sealed record RegisterCaseWorker(string UserId, string Name, string DistrictCode) : ICommand<Guid>;

internal sealed class RegisterCaseWorkerValidator : AbstractValidator<RegisterCaseWorker>
{
    public RegisterCaseWorkerValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().MaximumLength(ClaimLimits.UserIdLength);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(InputBounds.Name);
        RuleFor(c => c.DistrictCode).NotEmpty().MaximumLength(InputBounds.Code);
    }
}

internal sealed class RegisterCaseWorkerHandler(ISocialServicesDbContext db, CaseAccess access, ICurrentUser user, TimeProvider time) : ICommandHandler<RegisterCaseWorker, Guid>
{
    public async Task<Guid> Handle(RegisterCaseWorker command, CancellationToken cancellationToken)
    {
        access.RequireUnitManagerOf(command.DistrictCode);
        var userId = command.UserId.Trim();
        if (await db.CaseWorkers.AnyAsync(w => w.OrganisationId == user.OrganisationId && w.DistrictCode == command.DistrictCode && w.UserId == userId, cancellationToken))
        {
            throw new ConflictException("That person is already a case worker of the unit.");
        }

        var caseWorker = CaseWorker.Register(userId, command.Name.Trim(), user.OrganisationId, command.DistrictCode, user.UserId, time.GetUtcNow());
        db.CaseWorkers.Add(caseWorker);
        return caseWorker.Id;
    }
}
